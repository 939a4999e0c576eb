# pledge 的简体中文消息。与英文文件的消息一一对应（tests/catalogue.rs 检查）。
# 每节对应 src/messages/ 下的一个文件；消息 id 以节名开头。


## values

values-status-pending = 未启动
values-status-in-progress = 推进中
values-status-stalled = 停滞
values-status-done = 已完成
values-status-partial = 部分完成
values-status-dropped = 已放弃
values-due-overdue = 逾期{$days}天
values-status-choice = {$label}（{$keyword}）
values-separator = 、
values-due-today = 今天到期
values-due-left = 剩余{$days}天

# end of values


## errors

errors-ledger = 台账
errors-ledger-at = 台账“{$path}”
errors-busy = 台账正忙（另一个 pledge 进程正在写入），请稍后重试；{$not_saved}
errors-damaged = {$ledger}已损坏（{$damage}），未作改动。请用备份恢复（`pledge backup FILE` 可生成备份），或用该文件的副本替换
errors-disk-full = 磁盘已满，{$not_saved}；请腾出空间后重试（此前已保存的内容完好）
errors-read-only-anything = {$ledger}为只读：无法保存任何修改
errors-read-only = {$ledger}为只读：{$not_saved}
errors-doing-read = 无法读取{$path}
errors-doing-write = 无法写入{$path}
errors-doing-create = 无法创建{$path}
errors-doing-create-folder = 无法创建文件夹{$path}
errors-doing-set-permissions = 无法设置{$path}的权限
errors-doing-place-ledger = 无法将新台账移至{$path}
errors-doing-place-file = 无法将新文件移至{$path}
errors-doing-keep-old-ledger = 无法将旧台账保留为{$path}
errors-doing-move-old-sidecar = 无法将旧的附属文件移至{$path}
errors-doing-place-restored = 无法将恢复的台账移至{$path}
errors-doing-write-output = 无法写出输出内容{$path}
errors-doing-read-note-input = 无法从标准输入读取备注{$path}
errors-doing-terminal = 终端出错{$path}
errors-doing-report-spill = 无法为通报使用临时文件{$path}
errors-doing-read-config = 无法读取配置文件{$path}
errors-io-path = “{$path}”
errors-io = {$doing}：{$reason}
errors-io-reason = { $kind ->
        [not-found] 文件或文件夹不存在
        [permission-denied] 没有权限
        [already-exists] 文件已存在
        [storage-full] 磁盘已满
        [read-only] 文件系统为只读
        [is-a-directory] 这是一个文件夹
        [not-a-directory] 路径中有一段不是文件夹
       *[other] 系统提示“{$os}”
    }
errors-sqlite = 台账数据库出错：“{$error}”
errors-saved-unconfirmed = {$saved}已保存，但确认信息未能写出：{$reason}

# end of errors


## cli

cli-unknown-lang = {$from} {$value}：不支持的语言；可选 {$accepted}

# end of cli


## cli-help


# end of cli-help


## files


# end of files


## letter

letter-refused = “{$path}”：{$why}；未导入任何内容
letter-directory = 是文件夹，不是答复函
letter-not-a-file = 不是普通文件（是管道、套接字或设备）
letter-empty = 是空文件
letter-too-large = 大小为 {$mb} MB；答复函文件最大 {$limit} MB
letter-grew = 读取过程中增大到超过 {$limit} MB；答复函文件最大 {$limit} MB
letter-io = 无法读取“{$path}”：{$reason}
letter-pdf = 是 PDF 文件；请先提取其中的文本（例如 `pdftotext FILE letter.txt`）
letter-not-text = 是{$kind}，不是答复函文本
letter-png = PNG 图片
letter-jpeg = JPEG 图片
letter-gif = GIF 图片
letter-tiff = TIFF 图片
letter-old-word = 是旧版 Word（.doc）文件，不是答复函文本；请另存为 .docx 或文本
letter-bad-encoding = 不是有效的 {$encoding} 文本
letter-binary = 含有二进制数据（NUL 字节），不是文本
letter-unknown-encoding = 既不是 UTF-8 文本，也不是 GB18030/GBK 文本
letter-damaged-zip = 是已损坏的 ZIP 文件
letter-not-word-document = 是 ZIP 文件，但不是 Word 文档（没有 word/document.xml）
letter-docx-unreadable = 是 Word 文档，但无法读取其文本
letter-docx-too-large = 是 Word 文档，其文本解压后超过 {$limit} 字节；答复函的文本远小于此
letter-docx-not-utf8 = 是 Word 文档，但其文本不是 UTF-8 编码
letter-docx-broken-text = 是 Word 文档，但其文本已损坏
letter-docx-bad-xml = 是 Word 文档，但其 XML 已损坏
letter-too-long = 答复函文本超过 {$max} 个字符（{$bytes} 字节）；一件答复函最多 {$max} 个字符
letter-too-many-drafts = 一件答复函中找到事项 {$found} 项；一件答复函最多 {$max} 项
letter-no-draft-added = {$why}：未添加草稿
letter-saved = 已添加答复函 #{$id}（{$issuer}，按 {$read_as} 读取），含事项 {$n} 项{$ids}
letter-saved-one = ：#{$id}
letter-saved-range = ：#{$first}–#{$last}
letter-dry-read-as = 按 {$read_as} 读取
letter-dry-not-found = （未找到）
letter-dry-issuer = 答复单位：
letter-dry-addressee = 答复对象：
letter-dry-proposal = 提案：
letter-dry-date = 日期：
letter-dry-found = 找到事项 {$n} 项（试运行：未写入任何内容）
letter-dry-owner = 承办单位
letter-dry-deadline = 时限
letter-dry-deadline-value = {$date}（“{$text}”）
letter-dry-target = 目标
letter-dry-quote = 原文

# end of letter


## report

report-date = { $iso ->
       *[other] {$year}年{$month}月{$day}日
    }
# 公文标题“关于……的通报”：本通报列逾期、即将到期和久无进展三类事项，不只是逾期。
report-text-title =
    关于承诺事项办理情况的督办通报
    （截至{$date}）
report-title =
    关于承诺事项办理情况的督办通报
    （截至{$date}）
report-html-lang = zh-CN
report-page-title = 关于承诺事项办理情况的督办通报（截至{$date}）
report-page-number = "第" counter(page) "页，共" counter(pages) "页"
report-ledger-label = 台账：
report-letters-label = 来函：
report-letter-label = 来函：
report-scope-label = 范围：
# 全角冒号后不再空格。
report-label-gap = {""}
report-no-letters = 无（事项均为手工录入）
report-no-letters-listed = 无（未列出事项）
report-scope-owner = 责任单位含“{$owners}”
report-scope-or = ”或“
report-scope-status = 状态为{$status}
report-scope-overdue = 仅逾期事项
report-scope-matching = 含“{$text}”
report-scope-separator = ；
report-section-overdue = 逾期事项（{$count}项）
report-section-due-soon = {$days}天内到期事项（{$count}项）
report-section-no-deadline = 无时限且{$days}天以上无进展事项（{$count}项）
report-section-numbered = { $n ->
        [1] 一
        [2] 二
        [3] 三
       *[other] {$n}
    }、{$heading}
report-section-markdown = { $n ->
        [1] 一
        [2] 二
        [3] 三
       *[other] {$n}
    }、{$heading}
report-owner-group = （{$numeral}）{$owner}（{$count}项）
report-none-listed = 无。
report-text-id = 编号
report-text-title-column = 事项
report-text-deadline = 时限
report-text-late = 逾期天数
report-text-left = 剩余天数
report-text-since = 无进展天数
report-text-status = 状态
report-text-progress = 进展
report-text-last-note = 最新进展
report-id = 编号
report-title-column = 事项
report-deadline = 时限
report-days-overdue = 逾期天数
report-days-left = 剩余天数
report-days-since = 无进展天数
report-status = 状态
report-progress = 进展
report-last-note = 最新进展
report-no-progress = 暂无进展
report-text-totals = 四、汇总
report-totals-heading = 四、汇总
report-totals = 逾期{$overdue}项，{$within}天内到期{$soon}项，无时限且久无进展{$undated}项。
report-text-count-owner = 责任单位
report-text-count-overdue = 逾期
report-text-count-due-soon = 即将到期
report-text-count-no-deadline = 无时限
report-count-owner = 责任单位
report-count-overdue = 逾期
report-count-due-soon = 即将到期
report-count-no-deadline = 无时限
report-all-owners = 合计
report-left-out = 另有{$count}项无时限事项近{$days}天内有进展，未列入本通报。
report-sentence = {$text}
report-miscounted = 通报统计{$owner}在{$section}中有{$counted}项，读取时却为{$read}项
report-layout-stopped = 通报排版未完成即中止
report-spill-bad = 通报的临时文件中有错误的{$what}
report-csv-section = 类别
report-csv-owner = 责任单位
report-csv-id = 编号
report-csv-title = 事项
report-csv-deadline = 时限
report-csv-deadline-text = 时限原文
report-csv-days-overdue = 逾期天数
report-csv-days-left = 剩余天数
report-csv-days-since = 无进展天数
report-csv-status = 状态
report-csv-progress = 进展
report-csv-target-quantity = 目标数量
report-csv-target-unit = 目标单位
report-csv-last-note-on = 最新进展日期
report-csv-last-note = 最新进展
report-csv-overdue = 逾期
report-csv-due-soon = 即将到期
report-csv-no-deadline = 无时限

# end of report


## store

store-saving-pledge = 事项
store-saving-change = 修改
store-saving-note = 备注
store-saving-letter = 答复函
store-saving-import = 导入的数据
store-saving-builtin = 内置事项
store-saving-anything = 无
store-not-saved = {$what}未保存
store-nothing-saved = 未保存任何内容
store-saved-pledge = 事项 #{$id}
store-saved-note = 备注 #{$id}
store-saved-change = 对事项 #{$pledge} 的修改
store-saved-letter = 答复函 #{$id}
store-saved-the-letter = 答复函
store-saved-backup = 备份“{$path}”
store-saved-restore = 从“{$path}”的恢复
store-saved-ledger = 台账“{$path}”
store-saved-import = 导入的数据
store-damage-separator = ；
store-damage-text = “{$text}”
store-header-not-sqlite = 首页不是 SQLite 文件头
store-header-page-size = 文件头记载的页大小不可能成立
store-header-scribbled = 文件头已被改写
store-header-cut-mid-page = 文件在一页的中间结束：文件被截断
store-header-cut-short = 文件比文件头记载的短：文件被截断
store-foreign-not-wal = 它不是 SQLite 的 WAL 文件
store-foreign-bad-header = 其文件头校验不通过（不是 SQLite 完整写出的）
store-foreign-page-size = 其页大小与台账不同
store-foreign-other-database = 其中记录的是对另一个数据库文件的修改（已删除的台账，或被副本覆盖之前的台账）
store-leftover-name = “{$path}”
store-leftover-and = 、
store-leftovers = {$names}是此处原有台账留下的附属文件；SQLite 会把{ $n ->
        [1] 它
       *[other] 它们
    }重放进新台账。请把原台账放回“{$path}”，或把{ $n ->
        [1] 它
       *[other] 它们
    }移走（在确认不再需要之前请保留）
store-not-saved-invalid = {$why}；{$not_saved}
store-no-such-pledge = 没有编号为 {$id} 的事项；本台账的事项编号为 {$lo} 至 {$hi}（见 `pledge list`）
store-no-such-pledge-none = 没有编号为 {$id} 的事项；本台账还没有事项
store-no-parent = 上级事项（--parent）：没有编号为 {$id} 的事项；未添加任何内容
store-no-letter = 答复函（--letter）：没有编号为 {$id} 的答复函；未添加任何内容
store-no-such-note = 事项 {$pledge} 没有备注 #{$note}
store-pledge-gone = 事项 {$pledge} 已不存在；{$not_saved}
store-target-without-number = 事项 #{$pledge} 有目标单位或目标表述，却没有目标数值；请一并给出数值。未作任何修改
store-read-only-folder = 台账“{$ledger}”在此处只读：所在文件夹“{$folder}”不可写，SQLite 无法创建写入所需的“{$wal}”和“{$shm}”文件；{$not_saved}
store-wal-unreadable = 无法读取台账“{$ledger}”：有修改暂存在“{$wal}”中，SQLite 须先创建“{$shm}”才能读取，而此文件夹不允许创建。请由对该文件夹有写权限的用户对它运行任一 pledge 命令，或将台账连同其 -wal 文件复制到你有写权限的文件夹
store-read-only-path-not-utf8 = 无法读取只读台账“{$ledger}”：其所在文件夹也不可写
store-broken-link = “{$path}”是{$link}；该处没有台账
store-no-ledger-leftovers = “{$path}”处没有台账：{$leftovers}
store-no-ledger = “{$path}”处没有台账；可用 `pledge init --db {$path}` 新建
store-not-a-file = “{$path}”是{$kind}，不是 pledge 台账，未打开。请给出台账文件的路径
store-empty-file = “{$path}”是空文件（0 字节），不是 pledge 台账，未作改动。`pledge init --force --db {$path}` 可用新台账替换它
store-not-sqlite = “{$path}”不是 pledge 台账（不是 SQLite 数据库，共 {$bytes} 字节），未作改动
store-other-program = “{$path}”是其他程序的 SQLite 数据库（application_id {$application_id}），不是 pledge 台账，未作改动
store-newer-schema = {$ledger}由更新版本的 pledge 写入（数据结构版本 {$version}，本程序最高支持 {$known}），未作改动。请升级 pledge 后再打开
store-foreign-journal = 台账“{$ledger}”旁的“{$journal}”不是 pledge 生成的（pledge 的台账只用 -wal 文件，从不用 -journal 文件）；SQLite 会把它重放进台账。如它不是你的文件，请将其移走；台账未作改动
store-foreign-wal = “{$wal}”不属于台账“{$ledger}”：{$why}。SQLite 会把它重放进台账，因此两个文件均未打开、未改动。如你是在恢复备份，请用 `pledge restore BACKUP`；否则请把“{$wal}”（及“{$shm}”）移走，在确认不再需要之前保留“{$wal}”
store-create-over-link = 不在“{$path}”新建台账：该处是{$link}。请给出台账应在的路径
store-create-over-empty-link = “{$path}”是空文件（0 字节），未作改动。它是符号链接；要替换，请给出文件本身的路径
store-create-over-empty = “{$path}”是空文件（0 字节），未作改动。如要用新台账替换它，请加 --force
store-create-over-existing = 不在“{$path}”新建台账：{$found}
store-ledger-already-there = 该处已有 pledge 台账
store-create-beside-leftovers = 不在“{$path}”新建台账：{$leftovers}
store-create-without-folder = 无法在“{$path}”新建台账：文件夹“{$folder}”不存在
store-no-wal-mode = “{$path}”所在的文件夹不支持 SQLite 的 WAL 模式（实际为“{$mode}”）
store-wal-not-folded = SQLite 关闭“{$path}”时未将其 WAL 并入文件；未写入任何内容
store-appeared-meanwhile = 不写入“{$path}”：其间该处出现了一个文件
store-backup-without-folder = 无法写入备份“{$backup}”：文件夹“{$folder}”不存在
store-backup-beside-leftovers = 不写入备份“{$backup}”：{$leftovers}
store-backup-path-not-utf8 = 无法把备份写到“{$path}”：路径不是 UTF-8 编码
store-restore-path-not-utf8 = 无法恢复到“{$path}”：路径不是 UTF-8 编码
store-backup-check-failed = 备份副本未通过校验（{$damage}）；未写入任何内容
store-backup-disk-full = 磁盘已满：备份“{$backup}”未写入（未留下任何残余），台账未作改动。请腾出空间后重试
store-restore-over-non-file = “{$path}”是{$kind}，不是台账；未恢复任何内容
store-restore-over-link = “{$path}”是{$link}；未恢复任何内容
store-link-to-nothing = 指向不存在文件的符号链接
store-restore-itself = “{$backup}”就是台账本身，不是它的备份；未恢复任何内容
store-restore-unusable = “{$backup}”无法用于恢复：{$why}；未恢复任何内容
store-restore-while-open = 另一个进程（pid {$pid}）正打开台账“{$ledger}”；请先关闭（退出全屏界面，等正在运行的命令结束）再恢复；未恢复任何内容
store-restore-damaged = 备份“{$backup}”已损坏（{$damage}）；未恢复任何内容
store-withdrawal = 备注 #{$note} 已撤回：误录入
store-reason-note = 见备注 #{$note}
store-reason-undone = 撤销
store-reason-undone-added = 撤销：误添加
store-reason-redone = 重做
store-withdrawn-mark = （已撤回：误录入）
store-column-not-a-date = 列 {$column}：不是日期
store-column-no-date = 列 {$column}：缺少日期
store-column-no-status = 列 {$column}：缺少状态
store-column-refused = 列 {$column}：{$value}：{$problem}

# end of store


## import

import-row = {$section}[{$index}]（编号 {$id}）
import-table-history = 历史记录
import-table-letter = 答复函
import-table-pledge = 事项
import-table-note = 备注
import-column-letter = 答复函
import-column-parent = 上级事项
import-column-pledge = 事项
import-ledger-created = 已在“{$path}”新建台账，含答复函 {$letters} 件、事项 {$pledges} 项
import-imported = 已导入答复函 {$letters} 件、事项 {$pledges} 项、备注 {$notes} 条、历史记录 {$history} 条
import-expecting-export = `pledge export` 写出的对象
import-expecting-rows = 由 {$section} 组成的列表
import-not-an-export = 不是 pledge 导出文件："format" 为 {$format}，应为 {$expected}
import-newer-export = 该导出文件由更新版本的 pledge 写出（数据结构版本 {$version}，本程序最高支持 {$known}）
import-schema-version = "schema_version" 为 {$version}；导出文件的数据结构版本应为 1 至 {$known}
import-ledger-not-empty = 本台账已有事项 {$pledges} 项、答复函 {$letters} 件；导入只能写入空台账，以保留全部编号（先 `pledge init --empty --db NEW`，再 `pledge import FILE --db NEW`）；未导入任何内容
import-bad-id = {$section}[{$index}]：编号 {$id} 不可接受；编号应为从 1 起的整数
import-bad-stamp = {$row}："{$field}" {$value} 不是时间戳；应为 YYYY-MM-DDTHH:MM:SSZ（UTC）
import-wrong-sha = {$row}："sha256" {$given} 与正文的 SHA-256 不符；应为 {$expected}
import-own-parent = {$row}把自己列为上级事项；上级事项应为另一事项
import-note-too-large = {$row}："{$field}"：{$problem}
import-not-hex = {$row}："body_hex" 不是十六进制（应为成对的 0-9、a-f）
import-two-texts = {$row}："body" 与 "body_hex" 是两段不同的文本；请只用 "body" 给出文本，或用 "body_hex" 给出其原始字节、并用 "body" 给出其读法
import-duplicate-id = {$row}：编号 {$id} 在 {$section} 中出现两次；每个编号只能出现一次
import-duplicate-letter = {$row}：另有一件答复函文本与此相同（“{$detail}”）；每件答复函只能出现一次
import-broken-rule = {$row}违反台账规则（“{$detail}”）
import-missing-reference = {$table} {$rowid} 引用的{$column} {$other} 不在导入数据中
import-cycle = 事项 {$ids} 的上级关系构成循环；事项不能是自己的上级
import-not-a-file = “{$path}”不是普通文件，而是{$kind}；应为 `pledge export` 写出的 JSON 文件
import-utf16 = “{$path}”是 UTF-16 文本；请另存为 UTF-8（与 `pledge export` 写出的一致）；未导入任何内容
import-not-utf8 = “{$path}”不是 UTF-8 文本（第 {$line} 行第 {$byte} 字节）；应为 `pledge export` 写出的 JSON；未导入任何内容
import-nul = “{$path}”含有 NUL 字节（第 {$line} 行第 {$byte} 字节）；pledge 导出文件应为文本；未导入任何内容
import-string-too-long = “{$path}”：第 {$line} 行末结束的字符串超过 {$max_mb} MB，pledge 导出文件没有这么长的字段；未导入任何内容
import-cut-mid-character = “{$path}”在一个字符的中间结束（第 {$line} 行）：文件被截断；未导入任何内容
import-malformed = “{$path}”不是有效的 pledge 导出文件：第 {$line} 行第 {$column} 列：{$at}{$words}；未导入任何内容
import-malformed-at = {$section}[{$index}]：
import-nothing-imported = {$place}{$refusal}；未导入任何内容
import-place = “{$path}”第 {$line} 行：

# end of import


## tui


# end of tui


## tui-keys


# end of tui-keys


## tui-page


# end of tui-page


## tui-editor


# end of tui-editor


## tui-review


# end of tui-review


## tui-status


# end of tui-status


## tui-conflict


# end of tui-conflict


## tui-undo


# end of tui-undo


## bodies

bodies-field-lead = 牵头单位（--lead）
bodies-field-co-owner = 配合单位（--co-owner）
bodies-field-body = 承办单位
bodies-field-alias = 别名
bodies-role-lead = 牵头
bodies-role-co-owner = 配合
bodies-co-owner-mark = [配合]
bodies-marked-title = {$mark}{$title}
bodies-col-body = 承办单位
bodies-col-aliases = 又称
bodies-col-open = 未办结
bodies-col-overdue = 逾期
bodies-col-done = 已完成
bodies-col-dropped = 已放弃
bodies-col-on-time = 按时办结率
bodies-alias-separator = 、
bodies-rate = {$percent}%
bodies-no-rate = —
bodies-none = 暂无承办单位：事项的承办单位会自动建立。
bodies-show-name = 承办单位
bodies-show-aliases = 又称
bodies-show-contact = 联系方式
bodies-show-pledges = 事项
bodies-show-no-pledges = 此承办单位暂无事项。
bodies-renamed = 承办单位{$old}已更名为{$new}（原名保留为别名）
bodies-aliased = 承办单位{$body}又称{$alias}
bodies-merged = 承办单位{$from}已并入{$into}：其事项、别名和名称均已转入
bodies-unknown = {$field}{$name}：没有以此为名称或别名的承办单位；`pledge bodies` 列出全部承办单位。未作任何修改
bodies-merge-itself = 承办单位{$from}：就是{$into}本身；请合并两个不同的承办单位。未作任何修改
bodies-name-taken = {$field}{$name}：已是承办单位{$body}的名称；一个名称只属于一个承办单位。未作任何修改

# end of bodies
