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

values-date-accepted = 1900-01-01 至 9999-12-31 间真实存在的日期，写作 YYYY-MM-DD、2025/6/30、2025.6.30、2025-6-30 或 2025年6月30日
values-date-accepted-in-files = 真实存在的日期（1900-01-01 至 9999-12-31），写作 YYYY-MM-DD（如 2025-12-31）
values-field-title = 标题
values-field-owner = 承办单位
values-field-deadline = 时限
values-field-deadline-text = 时限原文
values-field-status = 状态
values-field-target = 目标
values-field-unit = 单位
values-field-progress = 进展
values-field-quote = 原文
values-field-parent = 上级事项
values-field-letter = 答复函
values-field-note = 备注
values-field-on = 日期
values-field-author = 填报人
values-field-reason = 理由
values-field-id = 编号
values-field-today = 今天
values-field-search = 搜索
values-field-limit = 上限
values-field-target-text = 目标原文
values-problem-date-shape = 不是可识别的日期写法；应为{$accepted}
values-problem-date-year = 年份 {$year} 超出范围；应为{$accepted}
values-problem-no-such-day = 日历上没有这一天；应为{$accepted}
values-problem-after-today = 晚于今天（{$today}）；进展记录的是已经发生的事
values-problem-unknown-status = 未知状态；可选 {$accepted}
values-problem-not-a-number = 不是数字；应为零或正数，如 30 或 2.5
values-problem-not-a-quantity = 应为零或正数，如 30 或 2.5
values-problem-note-too-large = 该备注 {$mb} MB；备注最多 1 MB（{$max} 字节）
values-problem-empty = 不能为空
values-problem-not-an-id = 应为事项编号：1 或更大的整数，即 `pledge list` 所列编号
values-problem-too-long = 过长；此字段单行最多 {$max} 字节
values-problem-without-target = 描述的是目标；请同时给出目标数值，或将此字段留空
values-file-date-shape = 不是 YYYY-MM-DD 格式；应为{$accepted}
values-file-date-year = 年份超出范围；应为{$accepted}
values-parser-words = {$head}：{$worded}
values-invalid = {$field} {$value}：{$problem}
values-citation = {$issuer}，{$date}，答复{$addressee}：《{$title}》
values-date = { $iso ->
       *[other] {$year}年{$month}月{$day}日
    }

# end of values


## errors


# end of errors


## cli

cli-unknown-lang = {$from} {$value}：不支持的语言；可选 {$accepted}

cli-or-none = {$refused}，或写 `none` 取消时限
cli-empty-db = --db（或 PLEDGE_DB）为空；应为台账文件的路径
cli-no-data-folder = 找不到存放默认台账的数据目录（是否设置了 HOME？）；请用 --db PATH 或 PLEDGE_DB 指定
cli-note-input-too-large = 标准输入中的备注超过 {$read} 字节（已停止读取）；备注最多 1 MB（{$max} 字节）；备注未保存
cli-note-input-not-utf8 = 标准输入中的备注不是 UTF-8 文本（偏移 {$offset} 处字节无效）；备注未保存
cli-nothing-to-change = 没有要修改的内容：请至少给出 --status、--owner、--deadline、--deadline-text、--title、--target、--unit、--target-text、--no-target 之一
cli-review-needs-terminal = 审核答复函中的事项需要终端；用 --dry-run 打印，或用 --yes 不经审核全部添加；未添加任何内容
cli-report-not-made = 通报未生成
cli-csv-not-written = 无法写出 CSV：{$detail}
cli-json-not-written = 无法写出 JSON：{$detail}
cli-builtin-damaged = 内置事项已损坏：{$detail}
cli-internal-error = 内部错误（程序缺陷：请连同引发它的命令一并报告）
cli-internal-error-at = 内部错误，位于 {$file}:{$line}（程序缺陷：请连同引发它的命令一并报告）
cli-saved-letter = 答复函 #{$id}
cli-added-pledge = 已添加事项 #{$id}：{$title}
cli-added-note = 已为事项 #{$pledge} 添加进展 #{$id}（{$on}）
cli-unchanged = 事项 #{$pledge} 已是这些值；未作修改
cli-no-value = （无）
cli-changed = 事项 #{$pledge} {$field}：{$old} → {$new}
cli-sound = 台账 {$ledger} 完好：答复函 {$letters} 件，事项 {$pledges} 项，进展 {$notes} 条
cli-created-default = 已在 {$ledger} 新建台账，内含 2025年5月19日 的内置答复函
cli-backed-up = 已将 {$ledger} 备份到 {$to}
cli-restored = 已从 {$from} 恢复 {$ledger}：答复函 {$letters} 件，事项 {$pledges} 项，进展 {$notes} 条
cli-replaced-kept = 被替换的台账保留为 {$aside}
cli-leftover-kept = 原处没有台账；{$from}（此前遗留）保留为 {$to}
cli-report-written = 通报已写入 {$path}
cli-overdue-flagged = 截至{$as_of}，逾期事项 {$late} 项
cli-list-id = 编号
cli-list-status = 状态
cli-list-title = 事项
cli-list-owner = 承办单位
cli-list-deadline = 时限
cli-list-due = 到期
cli-list-progress = 进展
cli-list-last-note = 最新进展
cli-no-match = 没有符合条件的事项
cli-list-footer = 共 {$shown} 项，截至{$today}逾期 {$overdue} 项（! 表示逾期）
cli-label-status = 状态
cli-label-owner = 承办单位
cli-label-deadline = 时限
cli-label-target = 目标
cli-label-progress = 进展
cli-label-part-of = 上级事项
cli-label-sub-items = 子事项
cli-label-created = 创建于
cli-label-updated = 更新于
cli-status-due = {$status}（截至 {$today}，{$due}）
cli-deadline-none = 无
cli-deadline-worded = {$on}（“{$words}”）
cli-target-worded = {$target} — {$words}
cli-no-progress-reported = 暂无报告
cli-quote-heading = 原文
cli-notes-heading = 进展（{$count} 条，最新在前）
cli-history-heading = 变更记录
cli-note-sets-progress = {"  "}进展 {$progress}
cli-note-sets-status = {"  "}状态 → {$status}
cli-history-created = 创建
cli-history-change = {$field}：{$old} → {$new}
cli-history-why = {"  "}理由：{$reason}
cli-letter-already-in = 该答复函已在台账中（答复函 #{$id}）；未添加任何内容
cli-review-left = 已退出审核，未保存；未添加任何内容
cli-csv-id = 编号
cli-csv-status = 状态
cli-csv-title = 事项
cli-csv-owner = 承办单位
cli-csv-deadline = 时限
cli-csv-deadline-text = 时限原文
cli-csv-days-overdue = 逾期天数
cli-csv-target-quantity = 目标数量
cli-csv-target-unit = 目标单位
cli-csv-target-text = 目标原文
cli-csv-progress = 进展
cli-csv-last-note-on = 最新进展日期
cli-csv-parent = 上级事项
cli-csv-letter = 答复函

cli-history-field = { $key ->
        [title] 标题
        [owner] 承办单位
        [deadline] 时限
        [deadline_text] 时限原文
        [status] 状态
        [target_quantity] 目标数量
        [target_unit] 目标单位
        [target_text] 目标原文
        [progress] 进展
        [parent] 上级事项
       *[other] {$key}
    }

# end of cli


## cli-help


cli-help-pledge = 政府“下步工作”承诺事项台账，保存在一个 SQLite 文件中
cli-help-pledge-long = 政府“下步工作”承诺事项台账，保存在一个 SQLite 文件中。
    不带命令时，打开台账的全屏界面。
cli-help-pledge-db = 台账文件 [默认：系统数据目录，如 ~/.local/share/pledge/ledger.db]
cli-help-pledge-today = 把这一天当作今天（YYYY-MM-DD），使输出可以复现
cli-help-pledge-lang = 界面、通报和消息的语言：zh（简体中文）或 en [默认：PLEDGE_LANG，否则按区域设置；两者都未指明时为中文]
cli-help-pledge-color = 何时着色：auto（在终端上着色，除非设置了 NO_COLOR 或 CLICOLOR=0，或 TERM=dumb；CLICOLOR_FORCE=1 强制着色）、always 或 never
cli-help-init = 新建台账（除非给出 --empty，内含 2025年5月19日 吉林省的内置答复函及其事项）
cli-help-init-empty = 不含任何答复函和事项
cli-help-init-force = 替换该路径上的空文件（0 字节）；绝不替换台账
cli-help-add = 手工添加一项事项
cli-help-add-title = 事项的简要概括
cli-help-add-owner = 承办单位，按答复函中的名称
cli-help-add-deadline = 时限（YYYY-MM-DD、2026年6月30日、2026/6/30 等）
cli-help-add-deadline-text = 答复函中时限的原文，如“5 年内”
cli-help-add-target = 目标数值，如 30
cli-help-add-unit = 目标的单位，如 家
cli-help-add-target-text = 答复函中目标的原文，如“300-400 名”
cli-help-add-quote = 事项出自答复函的原句
cli-help-add-parent = 作为该事项的子事项
cli-help-add-letter = 事项出自的答复函
cli-help-add-status = 状态 [默认：未启动]
cli-help-list = 列出事项
cli-help-list-owner = 只列承办单位包含此文字的事项
cli-help-list-status = 只列该状态的事项
cli-help-list-overdue = 只列已过时限的未办结事项
cli-help-list-search = 只列标题、承办单位、原文或进展包含此文字的事项
cli-help-list-sort = 各行的排序方式
cli-help-list-format = 输出格式；JSON 的字段名在任何语言下都是英文
cli-help-list-no-bom = 不写 CSV 文件为电子表格程序带的字节顺序标记（BOM）
cli-help-show = 显示一项事项：字段、原文与答复函、进展（最新在前）和变更记录
cli-help-show-id = 事项编号，即 `pledge list` 所列编号
cli-help-show-format = 输出格式；JSON 的字段名在任何语言下都是英文
cli-help-note = 为事项添加一条注明日期的进展
cli-help-note-id = 事项编号，即 `pledge list` 所列编号
cli-help-note-text = 进展内容；写 `-` 则从标准输入读取
cli-help-note-on = 进展发生的日期 [默认：今天]
cli-help-note-progress = 目前的完成量，以目标的单位计
cli-help-note-status = 随这条进展修改事项状态
cli-help-note-author = 填报人 [默认：你的登录名]
cli-help-set = 修改事项的字段；每次修改都记入其变更记录
cli-help-set-id = 事项编号，即 `pledge list` 所列编号
cli-help-set-status = 新状态
cli-help-set-owner = 新承办单位
cli-help-set-deadline = 新时限，或写 `none` 取消时限
cli-help-set-deadline-text = 答复函中时限的原文；写 '' 删除。修改 --deadline 时保留
cli-help-set-title = 新标题
cli-help-set-target = 新的目标数值；除非一并给出，单位和原文保留不变
cli-help-set-unit = 目标的新单位，如 家；写 '' 删除
cli-help-set-target-text = 答复函中目标的新原文；写 '' 删除
cli-help-set-no-target = 删除目标及其单位和原文
cli-help-set-why = 理由：随修改记入变更记录
cli-help-export = 把整个台账以 JSON 写到标准输出
cli-help-import = 把 JSON 导出文件载入空台账（要么全部载入，要么都不载入）
cli-help-import-file = 由 `pledge export` 写出的文件
cli-help-backup = 把台账复制到新文件 FILE（他人写入时也保持一致，并经检查）
cli-help-backup-file = 副本写到哪里（不得已存在）
cli-help-restore = 用备份替换台账（经检查；原台账保留在旁边）
cli-help-restore-backup = 由 `pledge backup` 写出的备份（或台账的任何副本）
cli-help-check = 读取台账的每一页并检查（integrity_check）
cli-help-import-letter = 找出答复函（文本、GB18030、HTML 或 DOCX）中的事项，审核后添加
cli-help-import-letter-file = 答复函：纯文本（UTF-8 或 GB18030/GBK）、从网站保存的 HTML，或 DOCX。不带 --dry-run 或 --yes 时打开审核界面：答复函与草拟事项并列，保存前可接受、拒绝、编辑、拆分、合并或添加
cli-help-import-letter-dry-run = 打印找到的内容；不写入任何内容
cli-help-import-letter-yes = 不经审核，添加答复函及找到的全部事项
cli-help-import-letter-format = --dry-run 打印所找到内容的格式
cli-help-report = 打印通报
cli-help-report-overdue = 按承办单位列出逾期、即将到期、无时限且久无进展的事项（督办通报）
cli-help-report-overdue-as-of = 通报截至的日期 [默认：今天，或 --today]
cli-help-report-overdue-owner = 只列承办单位包含此文字的事项（可重复给出）
cli-help-report-overdue-format = 通报格式；JSON 的字段名在任何语言下都是英文
cli-help-report-overdue-width = 文本格式的页宽，以显示列计 [默认：终端宽度，否则 100]
cli-help-report-overdue-output = 写入此文件（完整写入或不写），而非标准输出
cli-help-report-overdue-within = “即将到期”指在这么多天内到期 [默认：配置文件的 `[report] within`，否则 30]
cli-help-report-overdue-stale-days = 无时限事项的最新进展早于这么多天时列出 [默认：配置文件的 `[report] stale_days`，否则 90]
cli-help-report-overdue-no-bom = 不写 CSV 文件为电子表格程序带的字节顺序标记（BOM）
cli-help-report-overdue-fail-if-overdue = 有逾期事项时以退出码 3 结束（供 cron 和脚本使用）
cli-help-completions = 打印该 shell 的补全脚本（放在哪里见 README）
cli-help-completions-shell = 要补全的 shell
cli-help-man = 打印手册页（roff），如 `pledge man > ~/.local/share/man/man1/pledge.1`
cli-help-config = 打印生效的设置及各自来源（选项、环境变量、配置文件、默认值）
cli-help-config-path = 只打印配置文件的路径（即使文件有错误）

# end of cli-help


## files


files-kind-directory = 一个目录
files-kind-fifo = 一个命名管道（FIFO）
files-kind-socket = 一个套接字
files-kind-char-device = 一个字符设备
files-kind-block-device = 一个块设备
files-kind-other = 不是普通文件
files-sqlite-database = 一个 SQLite 数据库（台账或其副本）
files-sqlite-wal = 一个 SQLite WAL 文件
files-broken-loop = 一个循环的符号链接（顺着它只会回到链接，到不了文件）
files-broken-to = 指向 {$target} 的符号链接，而该文件不存在
files-broken-unreadable = 不指向任何文件的符号链接
files-is-directory = {$path} 是一个目录；应为要写入的文件名；未写入任何内容
files-not-a-file = {$path} 是{$kind}；输出只写入普通文件；未写入任何内容
files-is-sqlite = {$path} 是{$kind}；输出绝不替换它；未写入任何内容。请换一个文件名
files-no-folder = 无法写入 {$path}：目录 {$folder} 不存在
files-exists = {$path} 已存在；备份绝不替换已有文件：请给一个新文件名
files-dangling = {$path} 是{$link}；未在该处写入任何内容
files-sidecar-name = {$path} 是 SQLite 存放数据库 {$db} 的 {$suffix} 文件之处；未在该处写入任何内容。请换一个文件名
files-folder-not-writable = {$doing}：目录 {$dir} 不可写；{$outcome}
files-creating-ledger = 无法在 {$path} 新建台账
files-writing-backup = 无法写入备份 {$path}
files-restoring-to = 无法恢复到 {$path}
files-nothing-written = 未写入任何内容
files-nothing-restored = 未恢复任何内容

# end of files


## config

config-accepted-path = 绝对路径，或以 ~/ 开头的路径
config-accepted-text = 加引号的非空文字
config-accepted-language = "zh" 或 "en"
config-accepted-days = 0 到 3650 之间的整数天数
config-accepted-table = 一个设置表，如单独一行的 [report]
config-accepted-key = 加引号的按键：一个字符（"Q"）、一个键名（"enter"、"esc"、"tab"、"space"、"up"、"pagedown"、"f2" 等），前面可加 "ctrl-" 或 "alt-"
config-at = 配置文件 {$path} 第 {$line} 行
config-missing = {$path} 没有配置文件（由 PLEDGE_CONFIG 指定）
config-not-a-file = 配置文件 {$path} 不是文件（是目录、管道或设备）
config-too-large = 配置文件 {$path} 超过 1 MB；配置文件只放少量设置
config-not-text = {$at}：不是 UTF-8 文本
config-not-toml = {$at}：不是 TOML（{$detail}）
config-unknown-key = {$at}：没有名为 `{$key}` 的设置；此处的设置有：{$accepted}
config-bad-value = {$at}：`{$key}` 不能是 {$value}；应为{$accepted}
config-unknown-action = {$at}：[keys] 中的 `{$action}` 不是任何操作；操作有：{$actions}
config-file-none = 配置文件：无（没有可查找的主目录）
config-from-env = 由 PLEDGE_CONFIG 指定
config-from-xdg = 位于 XDG_CONFIG_HOME
config-from-home = 位于主目录
config-file-found = 配置文件：{$path}  ({$why})
config-file-not-there = 配置文件：{$path}  ({$why}；文件不存在，不采用任何设置)
config-origin-named = 来自 {$name}
config-origin-file = 来自配置文件第 {$line} 行
config-origin-login = 登录名
config-origin-default = 内置默认值
# 与英文同样的行式（键 = 值  (来源)），便于查找和比对。
config-setting = {$name} = {$value}  ({$from})

# end of config


## letter


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


# end of store


## import


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
