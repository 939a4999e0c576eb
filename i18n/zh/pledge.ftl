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

cli-help-add-lead = 牵头单位，可用其任一名称；新名称即新建单位
cli-help-add-co-owner = 配合单位；可重复给出多个
cli-help-set-lead = 牵头单位，可用其任一名称；新名称即新建单位
cli-help-set-co-owner = 配合单位；可重复给出多个
cli-help-list-lead-only = 与 --owner 同用：只列该单位牵头的事项，不含其配合的
cli-help-report-overdue-lead-only = 与 --owner 同用：只列这些单位牵头的事项，不含其配合的
cli-help-bodies = 列出承办单位及各自在办、逾期、已完成、已放弃的事项数和按时办结率，逾期多者在前
cli-help-bodies-format = 输出格式；JSON 的字段名在任何语言下都是英文
cli-help-body = 查看承办单位，或为其改名、加别名、合并、设置上级单位和联系人
cli-help-body-show = 查看一个承办单位（用其名称或任一别名）：各名称及其事项，牵头的在前
cli-help-body-show-name = 承办单位，用其名称或任一别名
cli-help-body-show-format = 输出格式；JSON 的字段名在任何语言下都是英文
cli-help-body-rename = 为承办单位改名；原名称保留为别名
cli-help-body-rename-old = 承办单位，用其名称或任一别名
cli-help-body-rename-new = 新名称
cli-help-body-alias = 为承办单位添加别名（如简称）
cli-help-body-alias-name = 承办单位，用其名称或任一别名
cli-help-body-alias-alias = 别名，不得为其他单位所用
cli-help-body-merge = 把 FROM 并入 INTO：其事项、别名和名称都归 INTO
cli-help-body-merge-from = 被并入的单位，用其名称或任一别名
cli-help-body-merge-into = 保留的单位，用其名称或任一别名
cli-help-list-letter = 只列出引自该答复函的事项
cli-help-list-member = 只列出答复姓名含此文字的委员或代表的答复函中的事项
cli-help-note-why = 状态变更的理由：--status 办结或重新打开事项时必填
cli-help-note-by-body = 报送进展的单位［默认：事项的承办单位］
cli-help-note-evidence = 进展的佐证：网址、文号（如 吉科办〔2025〕12号）或文件名
cli-help-letters = 列出答复函及其事项数；答复为 A 类而有事项逾期或放弃的，予以标出
cli-help-letters-format = 输出格式；JSON 的字段名在任何语言下都是英文
cli-help-letter = 查看或修改一件答复函
cli-help-letter-show = 一件答复函：其信息、事项统计、全文及各事项
cli-help-letter-show-id = 答复函编号，即 `pledge letters` 所列编号
cli-help-letter-show-format = 输出格式；JSON 的字段名在任何语言下都是英文
cli-help-letter-set = 修改答复函自身的信息：委员、建议或提案、办复类别、联系人、联系电话、文号（各选项给 '' 即清除）
cli-help-letter-set-id = 答复函编号，即 `pledge letters` 所列编号
cli-help-letter-set-member = 答复函所答复的委员或代表，如 朱立伟
cli-help-letter-set-kind = 建议（代表建议）或 提案（政协委员提案）
cli-help-letter-set-category = 答复函自称的办复类别：A 已解决或基本解决，B 正在解决或列入计划，C 暂不能解决
cli-help-letter-set-contact = 答复函所列联系人
cli-help-letter-set-phone = 答复函所列联系电话
cli-help-letter-set-reference = 答复函文号，如 吉科办〔2025〕12号
cli-help-confirm = 由督查室确认：逾期后被清除的时限可以撤销
cli-help-confirm-id = 事项编号，即 `pledge list` 所列编号
cli-help-confirm-why = 确认逾期后清除时限的理由：随确认一并保存

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
cli-help-copy = 在台账文件与 PostgreSQL 服务器之间复制整个台账，编号和修改记录不变（全部成功或全部不做）
cli-help-copy-from = 要复制的台账：文件或 postgres://…［默认：--db 指定的台账］
cli-help-copy-to = 复制到：尚无内容的服务器台账（postgres://…；数据库为空时自动建立结构），或台账文件
cli-help-import = 把 JSON 导出文件载入空台账（要么全部载入，要么都不载入）
cli-help-import-file = 由 `pledge export` 写出的文件
cli-help-backup = 把台账复制到新文件 FILE（他人写入时也保持一致，并经检查）
cli-help-backup-file = 副本写到哪里（不得已存在）
cli-help-restore = 用备份替换台账（经检查；原台账保留在旁边）
cli-help-restore-backup = 由 `pledge backup` 写出的备份（或台账的任何副本）
cli-help-check = 读取台账的每一页并检查（integrity_check）
cli-help-import-letter = 找出答复函（文本、GB18030、HTML 或 DOCX）中的事项，审核后添加
cli-help-import-letter-files = 答复函：纯文本（UTF-8 或 GB18030/GBK）、从网站保存的 HTML，或 DOCX；给出文件夹时按文件名依次读取其中每个 .txt、.html 和 .docx。不带 --dry-run 或 --yes 时逐件打开审核界面：答复函与草拟事项并列，保存前可接受、拒绝、编辑、拆分、合并或添加。多件来函中有一件无法读取时不影响其余各件，最后给出汇总
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

config-accepted-path = 绝对路径、以 ~/ 开头的路径，或服务器的 postgres:// 地址
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
config-origin-role = 服务器账本的登录角色
config-origin-default = 内置默认值
# 与英文同样的行式（键 = 值  (来源)），便于查找和比对。
config-setting = {$name} = {$value}  ({$from})

# end of config


## letter

letter-refused = “{$path}”：{$why}；未导入任何内容
letter-directory = 是文件夹，不是答复函
letter-not-a-file = 不是普通文件（是管道、套接字或设备）
letter-empty = 是空文件
letter-too-large = 大小为 {$mb} MB；答复函文件最大 {$limit} MB
letter-grew = 读取过程中增大到超过 {$limit} MB；答复函文件最大 {$limit} MB
letter-io = 无法读取“{$path}”：{$reason}
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
report-reading-stopped = 通报读取未完成即中止
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
import-body-cycle = 单位 {$ids} 的上级关系构成循环；单位不能是自己的上级
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

tui-gone = 事项 {$id} 已不存在
tui-empty-note = 进展内容为空：请写下报告的情况，再按 Ctrl-S
tui-read-only = 台账为只读：此处不能修改或添加
tui-not-undone-after = 未撤销：事项#{$pledge}在进展#{$note}之后已有改动：{$changed}
tui-not-undone-since = 未撤销：事项#{$pledge}此后已有改动：{$changed}
tui-changes-separator = ；
tui-stored-status = 事项#{$id}：所存状态{$problem}
tui-editor-from = （来自 ${$var}）
tui-editor-unparsable = 无法解析为命令，请检查引号
tui-editor-not-found = 未找到
tui-editor-exited = 退出状态为 {$code}
tui-editor-signal = 被信号终止
tui-editor-not-text = 留下的文本不是 UTF-8
tui-editor-too-large = 留下的内容超过 {$limit} 字节
tui-editor-io = 无法运行：{$kind}
tui-editor-failed = 编辑器“{$command}”{$from}{$why}；草稿保持原样
tui-copied-quote = 已将事项#{$id}的原文复制到剪贴板
tui-copied-id = 已将编号 {$id} 复制到剪贴板
tui-no-quote = 事项#{$id}没有可复制的原文
tui-none = （无）
tui-quoted = “{$value}”
tui-field-title = 事项
tui-field-owner = 承办单位
tui-field-deadline = 时限
tui-field-deadline-text = 时限原文
tui-field-status = 状态
tui-field-target-quantity = 目标数量
tui-field-target-unit = 目标单位
tui-field-target-text = 目标原文
tui-field-progress = 进展
tui-field-quote = 原文
tui-field-parent = 上级事项
tui-fields-separator = 、
tui-changed-since = {$field}现为{$now}
tui-changed-since-by = {$field}现为{$now}（{$by}修改）
tui-too-small = 窗口太小：{$w}×{$h}。pledge 至少需要 {$min_w}×{$min_h}，请放大窗口后继续。
tui-counts = {" "}· 截至{$date} · 在办{$open} · 逾期{$overdue} · 已完成{$done}
tui-read-only-mark = 只读
tui-col-id = 编号
tui-col-status = 状态
tui-col-title = 事项
tui-col-owner = 承办单位
tui-col-deadline = 时限
tui-col-due = 到期
tui-col-progress = 进展
tui-col-last-note = 最新进展
tui-sort-deadline = 时限
tui-sort-overdue = 逾期
tui-sort-owner = 承办单位
tui-sort-updated = 更新时间
tui-sort-id = 编号
tui-filter-overdue = 逾期
tui-filter-status = 状态={$status}
tui-filter-owner = 单位={$owner}
tui-filter-search = 搜索“{$text}”
tui-all = 全部
tui-filter-and-sort = 筛选：{$filter} · 排序：{$sort}{" "}
tui-search-prompt = 搜索：
tui-empty-filtered = 没有符合筛选条件的事项：按 Esc 清除筛选。
tui-empty-ledger = 台账中还没有事项：按 a 添加。
tui-sorted = 已按{$sort}排序
tui-reread = 已从台账重新读取
tui-none-selected = 未选中事项
tui-choose-sub-item = 按 Tab 选择要打开的子项
tui-quit-question = 草稿尚未保存，退出将丢失。仍要退出吗？
tui-review-left = 已退出审阅，未添加任何内容
tui-draft-discarded = 已放弃草稿
tui-report-saved = 报告（{$format}）已保存到 {$path}
tui-report-reading = 正在读取通报…
tui-dashboard-reading = 正在读取看板…
tui-bodies-reading = 正在读取承办单位…
tui-status-title = 事项#{$id}的状态
tui-filters-title = 筛选
tui-yes = 是
tui-no = 否
tui-filter-row-overdue = 仅看逾期：{$value}
tui-filter-row-status = 状态：{$value}
tui-filter-row-owner = 承办单位：{$value}
tui-save-as-title = 报告另存为
tui-saved-where = 保存在当前文件夹
tui-confirm-title = 确定吗？
tui-confirm-keys = y 是   n 否

# end of tui


## tui-keys

tui-keys-quit-now = 立即退出
tui-keys-suspend = 挂起
tui-keys-down = 下移
tui-keys-up = 上移
tui-keys-first = 第一项
tui-keys-last = 最后一项
tui-keys-page-down = 下一页
tui-keys-page-up = 上一页
tui-keys-half-page-down = 下半页
tui-keys-half-page-up = 上半页
tui-keys-scroll-down = 向下滚动
tui-keys-scroll-up = 向上滚动
tui-keys-top = 顶部
tui-keys-end = 底部
tui-keys-open = 打开
tui-keys-note = 记进展
tui-keys-edit = 修改
tui-keys-status = 状态
tui-keys-add = 新增
tui-keys-add-sub-item = 新增子项
tui-keys-search = 搜索
tui-keys-filter = 筛选
tui-keys-sort = 排序
tui-keys-report = 通报
tui-keys-undo = 撤销
tui-keys-refresh = 刷新
tui-keys-clear-filters = 清除筛选
tui-keys-help = 帮助
tui-keys-quit = 退出
tui-keys-next-sub-item = 下一子项
tui-keys-open-sub-item = 打开子项
tui-keys-back = 返回
tui-keys-delete-left = 删除左侧
tui-keys-delete-right = 删除右侧
tui-keys-cursor-left = 光标左移
tui-keys-cursor-right = 光标右移
tui-keys-line-up = 上一行
tui-keys-line-down = 下一行
tui-keys-line-start = 行首
tui-keys-line-end = 行尾
tui-keys-save = 保存
tui-keys-new-line = 换行
tui-keys-next-field = 下一栏
tui-keys-previous-field = 上一栏
tui-keys-cancel = 取消
tui-keys-keep-filter = 保留筛选
tui-keys-clear = 清空
tui-keys-set-status = 设定状态
tui-keys-change = 更改
tui-keys-change-back = 反向更改
tui-keys-clear-all = 全部清除
tui-keys-done = 完成
tui-keys-save-to-file = 保存为文件
tui-keys-next-format = 下一格式
tui-keys-previous-format = 上一格式
tui-keys-accept = 采纳
tui-keys-reject = 不采纳
tui-keys-accept-or-reject = 采纳/不采纳
tui-keys-accept-rest = 其余全部采纳
tui-keys-split = 拆分
tui-keys-merge-with-next = 与下一条合并
tui-keys-letter = 来函
tui-keys-add-sentence = 添加句子
tui-keys-leave = 离开
tui-keys-later = 后移
tui-keys-earlier = 前移
tui-keys-split-here = 在此拆分
tui-keys-close = 关闭
tui-keys-yes = 是
tui-keys-no = 否
tui-keys-redo = 重做
tui-keys-search-help = 搜索帮助
tui-keys-next-match = 下一处
tui-keys-previous-match = 上一处
tui-keys-keep-search = 保留搜索，再按 n/N
tui-keys-leave-search = 退出搜索
tui-keys-copy-quote = 复制原文
tui-keys-copy-id = 复制编号
tui-keys-external-editor = 用 $VISUAL/$EDITOR 打开
tui-keys-section-everywhere = 通用
tui-keys-section-list = 列表
tui-keys-section-pledge = 事项页
tui-keys-section-note-editor = 进展编辑
tui-keys-section-form = 修改/新增表单
tui-keys-section-search = 搜索
tui-keys-section-status = 状态
tui-keys-section-filters = 筛选
tui-keys-section-report = 通报
tui-keys-section-saving-report = 保存通报
tui-keys-section-review = 审阅来函
tui-keys-section-splitting = 拆分草稿
tui-keys-section-help = 帮助
tui-keys-section-questions = 确认提问
tui-keys-section-help-search = 搜索帮助
tui-keys-help-title = 按键（Esc 关闭）
tui-keys-search-match = /{$query}   第 {$n} 处，共 {$of} 处（n/N：下一处/上一处，Esc：退出）
tui-keys-search-none = /{$query}   没有匹配的行

# end of tui-keys


## tui-page

tui-page-status = 状态
tui-page-owner = 承办单位
tui-page-deadline = 时限
tui-page-target = 目标
tui-page-progress = 进展
tui-page-part-of = 上级事项
tui-page-updated = 更新时间
tui-page-quote = 原文
tui-page-history = 修改记录
tui-page-none = 无
tui-page-no-progress = 暂无进展
tui-page-no-notes = {"  "}暂无进展
tui-page-deadline-worded = {$date}（“{$worded}”）
tui-page-sub-items = 子项（{$count}项；Tab 选择，Enter 打开）
tui-page-notes = 进展记录（{$count}条，最新在前）
tui-page-note-progress = {"  "}进展 {$progress}
tui-page-created = 创建
tui-page-change = {$field}：{$old} → {$new}

# end of tui-page


## tui-editor

tui-editor-unchanged = 编辑器未改动草稿（立即返回的编辑器需加等待参数，如 "code --wait"）
tui-editor-note-heading = 记录事项#{$pledge}的进展：{$title}
tui-editor-body-title = {" "}报告内容{" "}
tui-editor-on = 进展日期
tui-editor-on-hint = 年-月-日，如 2026-06-30
tui-editor-progress = 进展数
tui-editor-progress-now = 现为 {$now}；留空不变
tui-editor-progress-any = 数字，可留空
tui-editor-author = 报告人
tui-editor-author-hint = 由谁报告
tui-editor-new-status = 新状态
tui-editor-keep-status = 保持不变
tui-editor-choice-hint = {"  "}←/→ 更改
tui-editor-edit-heading = 修改事项#{$id}
tui-editor-sub-heading = 新增事项#{$parent}的子项
tui-editor-add-heading = 新增事项
tui-editor-draft-heading = 来函第{$n}条草稿（随来函保存）
tui-editor-status-heading = 事项#{$id}改为{$status}：原因？（记入修改记录）
tui-editor-label-title = 事项
tui-editor-label-owner = 承办单位
tui-editor-label-deadline = 时限
tui-editor-label-deadline-text = 时限原文
tui-editor-label-target-text = 目标原文
tui-editor-label-target = 目标
tui-editor-label-unit = 单位
tui-editor-label-status = 状态
tui-editor-label-quote = 原文
tui-editor-label-reason = 原因（记入修改记录）
tui-editor-hint-deadline = 年-月-日，无时限留空
tui-editor-hint-target = 数字，无目标留空
tui-editor-hint-status = ←/→ 更改
tui-editor-hint-reason = 时限变更、状态办结或重新打开时必填
tui-editor-force-quit = 退出并丢弃草稿？（再按 Ctrl-C 或 y 退出）
tui-editor-discard = 放弃这份草稿？
tui-editor-not-added = {$problem}：文字未添加
tui-editor-note-saved = 进展#{$note}已记入事项#{$pledge}
tui-editor-added = 已新增事项#{$id}
tui-editor-nothing-changed = 没有改动
tui-editor-changed = 事项#{$id}：已修改{$fields}

# end of tui-editor


## tui-review

tui-review-mark-open = {"[ ]"}
tui-review-mark-accepted = {"[✓]"}
tui-review-mark-rejected = {"[✗]"}
tui-review-undecided = 待定
tui-review-accepted = 已采纳
tui-review-rejected = 不采纳
tui-review-opened = 找到{$found}项承诺：a 采纳，x 不采纳，Ctrl-S 保存已采纳的
tui-review-no-drafts = 没有草稿：按 Tab 到来函，选中一句后按 n 添加
tui-review-no-split-point = 这段原文没有可拆分的逗号或句号
tui-review-no-next = 没有下一条草稿可合并
tui-review-not-in-letter = 请先按 Tab 到来函，再用 ↑/↓ 选句子
tui-review-accepted-rest = 已采纳其余{$n}条待定草稿
tui-review-merged = 草稿{$first}与{$second}已合并
tui-review-split = 草稿{$n}已拆为两条
tui-review-added = 已从来函添加草稿{$n}并采纳
tui-review-changed = 草稿{$n}已修改并采纳
tui-review-leave-question = 退出审阅？来函及其事项都不会保存。
tui-review-save-alone = 没有采纳任何草稿。只保存来函、不添加事项吗？
tui-review-save-question = {$open}条待定草稿将不收录。保存来函及{$accepted}项事项吗？
tui-review-unsigned = （无署名）
tui-review-undated = （无日期）
tui-review-letter-title = {" "}来函 · {$issuer} · {$issued_on} · 按{$read_as}读取{" "}
tui-review-drafts-title = {" "}草稿 · 已采纳{$accepted} · 不采纳{$rejected} · 待定{$open}{" "}
tui-review-nothing-found = 未找到承诺事项。按 Tab 到来函，用 ↑/↓ 选句子后按 n。
tui-review-label-draft = 草稿
tui-review-label-title = 事项
tui-review-label-owner = 承办单位
tui-review-label-deadline = 时限
tui-review-label-targets = 目标
tui-review-label-quote = 原文
tui-review-draft-number = {$n} · {$decision}
tui-review-target = {$quantity} {$unit}（{$worded}）
tui-review-split-title = 将草稿拆为两条
tui-review-split-keys = ←/→ 移动拆分点   Enter 拆分   Esc 取消

tui-review-mark-doubtful = {"[?]"}
tui-review-sort-by-score = 按得分排序
tui-review-sorted = { $order ->
    [score] 草稿已按得分从高到低排列；再按o恢复来函顺序
   *[letter] 草稿已按来函顺序排列
    }
tui-review-label-why = 依据
# end of tui-review


## tui-status

tui-status-already = 事项#{$id}已是{$status}
tui-status-now = 事项#{$id}现为{$status}
tui-status-kept = 未改：事项#{$id}仍为{$status}
tui-status-over-theirs = 选择状态期间有人改动：事项#{$id}的{$changed}。仍要改为{$status}吗？（n：保留{$now}）

# end of tui-status


## tui-conflict

tui-conflict-field = {$changed}，你填的是{$yours}。
tui-conflict-separator = {""}
tui-conflict-over-theirs = 填写期间有人改动：{$fields}用你的覆盖吗？（n：保留对方的）
tui-conflict-kept = 已保留台账中的{$fields}；尚未保存（Ctrl-S 保存你的其他修改）

# end of tui-conflict


## tui-undo

tui-undo-nothing-to-redo = 没有可重做的：上次修改后没有撤销过
tui-undo-nothing-to-undo = 本次没有可撤销的操作
tui-undo-pledge = #{$id}“{$title}”
tui-undo-changed = 对{$fields}的修改
tui-undo-adding = 新增
tui-undo-note = 进展#{$note}
tui-undo-withdrawal = 进展的撤回
tui-undo-redone = 已重做事项{$pledge}的{$what}
tui-undo-undone = 已撤销事项{$pledge}的{$what}
tui-undo-withdrawn = 已撤销事项{$pledge}的进展#{$note}：该条已撤回（进展是记录，不删除）
tui-undo-ask-redo = 重做事项{$pledge}的{$what}？它不是当前屏幕上的事项。
tui-undo-ask-undo = 撤销事项{$pledge}的{$what}？它不是当前屏幕上的事项。
tui-undo-not-redone-note = 未重做：事项#{$pledge}此后有更新的进展
tui-undo-not-redone = 未重做：事项#{$pledge}此后已有改动：{$changed}

## letters

letters-field-member = 代表委员
letters-field-kind = 类型
letters-field-category = 办复类别
letters-field-contact = 联系人
letters-field-phone = 联系电话
letters-field-reported-by = 报送单位
letters-field-evidence = 佐证材料
letters-field-reference = 文号
letters-problem-unknown-kind = 类型不明，应为“建议”（suggestion）或“提案”（proposal）
letters-problem-unknown-category = 办复类别不明，应为A（已解决或基本解决）、B（正在解决或列入计划）或C（因条件限制暂不能解决）
letters-problem-nothing-to-confirm = 没有逾期后撤销的时限，无需确认
letters-kind-suggestion = 建议
letters-kind-proposal = 提案
letters-category = {$category}类
letters-heading-id = 编号
letters-heading-issuer = 发函单位
letters-heading-member = 代表委员
letters-heading-title = 标题
letters-heading-date = 日期
letters-heading-reference = 文号
letters-heading-category = 办复类别
letters-heading-pledges = 事项
letters-heading-open = 未办结
letters-heading-overdue = 逾期
letters-heading-done = 已完成
letters-heading-flag = 兑现
letters-not-kept = 称A类，未兑现
letters-none = 暂无答复函。
letters-footer = 共{$n}件答复函，{ $flagged ->
        [0] 无称A类而有事项逾期或放弃的
       *[other] {$flagged}件称A类而有事项逾期或放弃
    }
letters-label-issuer = 发函单位
letters-label-addressee = 致
letters-label-member = 代表委员
letters-label-kind = 类型
letters-label-title = 标题
letters-label-date = 日期
letters-label-reference = 文号
letters-label-category = 办复类别
letters-label-contact = 联系人
letters-label-phone = 联系电话
letters-label-pledges = 事项
letters-counts = 共{$pledges}项：未办结{$open}项（逾期{$overdue}项），已完成{$done}项，已放弃{$dropped}项
letters-not-kept-line = 承诺与兑现不符：答复函称A类（已解决或基本解决），但有{$overdue}项逾期、{$dropped}项已放弃。
letters-text-heading = 正文
letters-pledges-heading = 事项
letters-no-pledges = 该答复函暂无登记事项。
letters-changed = 答复函#{$id}：{$field} {$old} → {$new}
letters-unchanged = 答复函#{$id}：无变更。
letters-confirmed = 已确认#{$id}：逾期后撤销的时限{$deadline}，移出逾期部分。
letters-moved = 延期{$n}次，原定{$original}
letters-cleared = 逾期后撤销时限（原定{$deadline}），待督查室确认
letters-reported-by = 报送单位：{$body}
letters-evidence = 佐证：{$evidence}
letters-reason-note-why = 随备注#{$note}：{$why}
letters-original-deadline = 原定{$original}，延期{$n}次
letters-title-marked = {$title}（{$mark}）
letters-mark-separator = ；
letters-problem-no-such-letter = 没有该编号的答复函，可用 `pledge letters` 查看
letters-reason-needed-move = 变更时限须说明理由：请用 --why 给出理由
letters-reason-needed-clear = 撤销时限须说明理由：请用 --why 给出理由
letters-reason-needed-close = 办结事项须说明理由：请用 --why 给出理由
letters-reason-needed-reopen = 重新启动已办结事项须说明理由：请用 --why 给出理由

# end of letters


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
bodies-show-pledge-bodies = 分工
bodies-linked = {$name}（{$role}）
bodies-linked-separator = 、
bodies-field-parent = 上级单位（--parent）
bodies-field-contact = 联系方式（--contact）
bodies-show-parent = 上级单位
bodies-changed = 承办单位{$body}：{$field} {$old} → {$new}
bodies-unchanged = 承办单位{$body}：没有改动。
bodies-parent-cycle = {$field} {$parent}：就是承办单位{$body}本身或其下级，单位不能隶属于自身；请给出其上级单位，或 none。未写入任何内容
cli-help-body-set = 设定承办单位的上级单位和联系方式
cli-help-body-set-name = 承办单位，用其名称或任一别名
cli-help-body-set-parent = 上级单位，用其名称或任一别名；none 表示没有
cli-help-body-set-contact = 联系方式；'' 表示清除
bodies-nothing-to-set = 没有要设定的内容：请给出 --parent 承办单位（或 none）、--contact 联系方式（或 ''），或两者。未写入任何内容

## tui-bodies

tui-bodies-key-bodies = 承办单位
tui-bodies-key-letters = 答复函
tui-bodies-key-list-body = 列出其事项
tui-bodies-key-open-letter = 打开
tui-bodies-key-letter-pledges = 列出其事项
tui-bodies-key-next-quote = 下一处原文
tui-bodies-key-previous-quote = 上一处原文
tui-bodies-key-open-quoted-pledge = 打开该原文的事项
tui-bodies-key-complete = 补全
tui-bodies-key-apply-owner = 应用
tui-bodies-key-previous-match = 上一个匹配，或上一行
tui-bodies-key-next-match = 下一个匹配
tui-bodies-section-bodies = 承办单位
tui-bodies-section-letters = 答复函
tui-bodies-section-letter = 一封答复函
tui-bodies-section-owner-filter = 按承办单位筛选
tui-bodies-body-listed = {$name}牵头或配合的事项{$n}项
tui-bodies-filter-letter = 答复函={$id}
tui-bodies-no-match = 没有名称含此文字的承办单位
tui-bodies-choose-quote = 请先按 n 或 Tab 选择一处原文
tui-bodies-bodies-title = 承办单位{$n}个，逾期多的在前
tui-bodies-letters-title = 答复函{$n}件{ $flagged ->
    [0] {""}
   *[other] ，其中{$flagged}件称A类未兑现
  }
tui-bodies-letter-head = 答复函{$id} · {$issuer} · {$date} · {$title}
tui-bodies-letter-head-ref = 答复函{$id} · {$issuer} · {$date} · {$reference} · {$title}
tui-bodies-quote-chosen = 第{$n}处原文（共{$of}处）：事项{$id} {$title}
tui-bodies-no-quote-found = { $quoted ->
    [0] 其事项均无原文
   *[other] 正文中未找到其事项的原文
  }
tui-bodies-quotes-marked = 已标出{$found}处原文（共{$quoted}项）；按 n 或 Tab 到下一处
tui-bodies-text-title = {" "}正文{" "}

# end of tui-bodies

# end of bodies

## extract

extract-in-part = 位于下一步工作部分
extract-future = 有将要做的表述
extract-target = 有量化目标
extract-done = 讲的是已完成的工作
extract-status = 讲的是现状
extract-courtesy = 客套话或联系方式
extract-study-only = 只承诺研究，或建议他人办理
extract-under-topic = 位于专题小标题下
extract-standing = 只是延续常规做法
extract-restated = 复述的是建议内容
extract-separator = 、
extract-why = 得分{$score}：{$reasons}

extract-batch-heading = ── {$path} ──
extract-batch-named = {$path}：{$said}
extract-batch-summary = 读取来函{$read}件，找到事项{$found}项，未导入来函{$refused}件
extract-batch-added = ，已添加事项{$added}项
extract-batch-refused = {"  "}{$why}
extract-batch-too-many = {$path}：来函文件超过{$limit}件；一次最多导入{$limit}件，未导入任何内容
extract-batch-some-refused = {$of}件来函中有{$refused}件未导入（见上方汇总）
# end of extract

## tui-dashboard

tui-dashboard-key-dashboard = 看板
tui-dashboard-key-to-gauges = 切到目标进度
tui-dashboard-key-to-bodies = 切到承办单位
tui-dashboard-section-bodies = 看板：承办单位
tui-dashboard-section-gauges = 看板：目标进度
tui-dashboard-title = 督办看板 · {$days}天以上无进展的在办事项{$stale}项
tui-dashboard-notes = 近{$months}个月（{$from}至{$to}）进展记录{$n}条
tui-dashboard-bodies-heading = 各承办单位事项：逾期、在办、已完成（{$n}个单位）
tui-dashboard-overdue = 逾期
tui-dashboard-open = 在办
tui-dashboard-done = 已完成
tui-dashboard-gauges-heading = 有数量目标和时限的在办事项{$n}项，按均匀进度预测
tui-dashboard-no-gauges = 没有同时写明数量目标和时限的在办事项。
tui-dashboard-gauge = {$id} {$title}
tui-dashboard-on-pace = 按期
tui-dashboard-behind = 滞后 差{$shortfall}
tui-dashboard-no-pace = 无从预测

# end of tui-dashboard

## tui-review-batch
tui-review-batch-drafts = 草拟事项
tui-review-batch-stop-key = 停止整批
tui-review-batch-section-letter = 审阅来函：正文一侧
tui-review-batch-add-line = 该行不是来函正文语句（标题、落款或日期），仍要作为事项添加吗？
tui-review-batch-stop = 停止整批导入？本件来函不予保存，{ $left ->
    [0] 其后已无来函
   *[other] 其后{$left}件来函不再读取
    }；已保存的来函仍保留在台账中。
tui-review-batch-place = 第{$at}件，共{$of}件（Q 停止整批）
tui-review-batch-stopped = 已按要求停止：正在审阅的来函未保存{ $left ->
    [0] {""}
   *[other] ，其后{$left}件来函未读取
    }
# end of tui-review-batch


## calendar

calendar-name = 督办事项时限
calendar-pledge = 事项编号：{$id}
calendar-owner = 承办单位：{$owner}
calendar-deadline-text = 时限原文：{$text}
calendar-letter = 来函：{$letter}
calendar-quote = 原文：{$quote}
calendar-written = 已将{$events}个日程写入 {$path}
# `pledge calendar --help`。
cli-help-calendar = 把有时限的未办结事项写成日历文件（.ics）中的全天日程
cli-help-calendar-owner = 只列此单位牵头或配合的事项：单位的任一名称或其中一部分（可重复给出）
cli-help-calendar-lead-only = 与 --owner 同用：只列这些单位牵头的事项，不含其配合的
cli-help-calendar-output = 写入此文件（完整写入或不写），而非标准输出

# end of calendar


## period

period-title = 关于承诺事项办理进展情况的通报
    （{$from}至{$to}）
period-page-title = 承诺事项办理进展情况通报（{$from}至{$to}）
period-period-label = 通报期间：
period-period-value = {$from} 至 {$to}
# $n 由英文使用；中文以 $numeral（汉字数字）编号。
period-numbered = { $n ->
       *[other] {$numeral}
    }、{$heading}
period-progressed = 取得进展的事项（{$count}项）
period-completed = 办结的事项（{$count}项）
period-fell-overdue = 新增逾期的事项（{$count}项）
period-extended = 延期的事项（{$count}项）
period-by-body = 各单位情况
period-col-last-note-on = 最新进展日期
period-col-notes = 本期进展
period-col-completed-on = 办结日期
period-col-completion = 办结情况
period-col-deadline = 时限
period-col-late = 期末逾期
period-col-extended-on = 延期日期
period-col-extension = 时限调整
period-col-status-now = 当前状态
period-cell-progressed = 进展{$notes}条；最新：{$latest}
period-cell-completed-why = {$status}：{$why}
period-cell-late = {$days}天
period-cell-extended = {$from} → {$to}
period-cell-extended-why = {$from} → {$to}（{$why}）
period-count-progressed = 有进展
period-count-completed = 办结
period-count-fell-overdue = 新增逾期
period-count-extended = 延期
period-totals = 本期共有{$progressed}项事项取得进展，{$completed}项办结，{$late}项新增逾期，{$extended}项延期。
period-chart-title = 截至{$to}各单位事项情况：逾期、在办、已完成
period-csv-kind = 类别
period-csv-on = 日期
period-csv-detail = 情况
period-csv-role = 角色
period-csv-progressed = 取得进展
period-csv-completed = 办结
period-csv-fell-overdue = 新增逾期
period-csv-extended = 延期
period-backwards = --to {$to} 早于 --from {$from}：通报期间的结束日不能早于开始日
period-ahead = --to {$to} 晚于今天（{$today}）：通报期间最晚到今天为止，此后是否逾期尚不可知
# `pledge report period --help`。
cli-help-report-period = 按承办单位列出两日之间取得进展、办结、新增逾期和延期的事项（月度督办通报）
cli-help-report-period-from = 通报期间的第一天
cli-help-report-period-to = 通报期间的最后一天，最晚为今天 [默认：今天，或 --today]
cli-help-report-period-owner = 只列此单位牵头或配合的事项：单位的任一名称或其中一部分（可重复给出）
cli-help-report-period-lead-only = 与 --owner 同用：只列这些单位牵头的事项，不含其配合的
cli-help-report-period-format = 通报格式；JSON 的字段名在任何语言下都是英文
cli-help-report-period-width = 文本格式的页宽，以显示列计 [默认：终端宽度，否则 100]
cli-help-report-period-output = 写入此文件（完整写入或不写），而非标准输出
cli-help-report-period-no-bom = 不写 CSV 文件为电子表格程序带的字节顺序标记（BOM）

# end of period


## charts

charts-overdue = 逾期
charts-open = 在办
charts-done = 已完成
charts-overdue-title = 截至{$date}各单位事项情况：逾期、在办、已完成

# end of charts


## scorecard

scorecard-title = 承诺事项兑现情况
    （截至{$date}）
scorecard-page-title = 承诺事项兑现情况（截至{$date}）
scorecard-kept = 已兑现
scorecard-partly = 部分兑现
scorecard-broken = 未兑现
scorecard-in-progress = 推进中
scorecard-not-started = 未启动
scorecard-letter = 答复函
scorecard-total = 合计
scorecard-no-letter = 手工录入（无答复函）
scorecard-overall = 总计
scorecard-by-letter = 按答复函统计（{$count}件）
scorecard-broken-heading = 未兑现的事项（{$count}项）
scorecard-why-broken = 原因
scorecard-late = 逾期{$days}天
scorecard-dropped = 已放弃
scorecard-rule = 已兑现：已完成；部分兑现：部分完成；未兑现：已放弃，或逾期超过{$days}天；推进中：推进中或停滞；未启动：未启动。
scorecard-scope-letter = 第{$id}号答复函
scorecard-scope-member = 答复代表委员姓名含“{$name}”的答复函
scorecard-chart-title = 截至{$date}各答复函承诺事项兑现情况
scorecard-csv-letter-id = 答复函编号
# `pledge report scorecard --help`。
cli-help-report-scorecard = 按答复函和总体统计承诺事项已兑现、部分兑现、未兑现、推进中和未启动的数量
cli-help-report-scorecard-as-of = 统计截至的日期 [默认：今天，或 --today]
cli-help-report-scorecard-letter = 只统计此答复函的事项
cli-help-report-scorecard-member = 只统计答复代表委员姓名含此文字的答复函的事项
cli-help-report-scorecard-broken-after = 未办结事项逾期超过这么多天即算未兑现 [默认：90]
cli-help-report-scorecard-owner = 只列此单位牵头或配合的事项：单位的任一名称或其中一部分（可重复给出）
cli-help-report-scorecard-lead-only = 与 --owner 同用：只列这些单位牵头的事项，不含其配合的
cli-help-report-scorecard-format = 通报格式；JSON 的字段名在任何语言下都是英文
cli-help-report-scorecard-width = 文本格式的页宽，以显示列计 [默认：终端宽度，否则 100]
cli-help-report-scorecard-output = 写入此文件（完整写入或不写），而非标准输出
cli-help-report-scorecard-no-bom = 不写 CSV 文件为电子表格程序带的字节顺序标记（BOM）

# end of scorecard

## sheets

sheets-sheet-name = 催办单
sheets-file-stem = 催办单
sheets-title = {$body}承诺事项办理进展催办单（截至{$date}）
sheets-instructions = 请对有进展的事项逐项填写浅黄色的五列：进展情况（必填，写明做了什么；新状态为{$closing}的，写明理由）、进展日期、累计完成数量、新状态（有变化时选择）、佐证材料（文号、链接或文件名）。暂无进展的事项整行留空。其他列及隐藏列请勿改动，系统据此核对各行所对应的事项。
sheets-separator = 、
sheets-heading-id = 编号
sheets-heading-title = 事项
sheets-heading-quote = 承诺原文
sheets-heading-deadline = 时限
sheets-heading-target = 目标
sheets-heading-role = 分工
sheets-heading-last-progress = 最新进展
sheets-heading-note = 进展情况
sheets-heading-on = 进展日期
sheets-heading-quantity = 累计完成数量
sheets-heading-status = 新状态
sheets-heading-evidence = 佐证材料
sheets-heading-key = 校验
sheets-status-hint = 从列表中选择；状态未变化的留空。
sheets-status-refused = 请从列表中选择一种状态。
sheets-date-hint = 进展发生的日期，如 2026-11-28 或 2026年11月28日；留空即收取当日。
sheets-date-refused = 不是有效日期：请写作 2026-11-28。
sheets-quantity-hint = 截至目前累计完成的数量，单位同目标。
sheets-quantity-refused = 应为 0 或更大的数字。
sheets-deadline-both = {$date}（{$text}）
sheets-no-note = 暂无进展
sheets-last-note = {$date}：{$body}
sheets-last-note-progress = {$date}（进展 {$progress}）：{$body}
sheets-written = 已写出 {$path}（{$count} 项）
sheets-nothing-to-ask = {$body}没有未办结的事项，未为其写催办单
sheets-no-open-pledges = 没有承办单位有未办结的事项，未写催办单
sheets-not-a-folder = {$path} 不是文件夹：-o 指定写出催办单的文件夹
sheets-not-written = 催办单未能写出：{$detail}
sheets-bad = 共 {$count} 处问题（见上），未添加任何进展；请改正后重新收取，或加 --skip-bad 只添加无误的行
sheets-too-many-files = 给出了 {$given} 个文件；一次最多收取 {$limit} 个
sheets-needs-answer = 收取前须确认，而标准输入不是终端：加 --dry-run 只查看将添加的内容，或加 --yes 直接添加
sheets-place-file = {$file}
sheets-place-sheet = {$file}，工作表“{$sheet}”
sheets-place-cell = {$file}，工作表“{$sheet}”，第 {$row} 行 {$column} 列（{$cell}）
sheets-found = {$place}：{$trouble}
   *[other] {""}
    }；请用 Excel 或 WPS“另存为” .xlsx 后再收取
sheets-trouble-unknown-kind = 是“{$extension}”文件：只收取 .xlsx 和 .csv 文件；请用 Excel 或 WPS“另存为” .xlsx 后再收取
sheets-trouble-directory = 是文件夹，不是催办单
sheets-trouble-not-a-file = 不是普通文件
sheets-trouble-empty = 是空文件
sheets-trouble-too-large = 有 {$bytes} 字节；回收的催办单最大 {$limit} MB
sheets-trouble-inflates = 解压后表格数据超过 {$limit} MB，远超催办单应有的大小
sheets-trouble-io = 无法读取：{$detail}
sheets-trouble-unreadable = 不是可读取的电子表格：{$detail}
sheets-trouble-not-a-request = 其中没有 pledge request 生成的工作表（缺少校验列）
sheets-trouble-too-many-rows = 超过 {$limit} 行；催办单每个事项只占一行
sheets-trouble-other-ledger = 由另一个台账（台账 {$fingerprint}）生成，不是本台账：请收取到生成它的台账
sheets-trouble-mark-altered = 工作表的校验码被改动，不是本台账写出的原样
sheets-trouble-columns-moved = 校验码在 {$found} 列而不在 {$expected} 列：有列被插入、移动或删除；请在新下发的催办单上填写
sheets-trouble-body-gone = 所对应的承办单位（#{$body}）已不在台账中（可能已并入其他单位）
sheets-trouble-row-without-mark = 此行不是催办单原有的行（隐藏列没有校验码），却填了内容
sheets-trouble-row-mark-altered = 此行校验码与本表不符：被手工改动，或从其他催办单复制而来
sheets-trouble-id-differs = 所示编号 {$shown} 不是此行对应的事项（#{$marked}）
sheets-trouble-twice = 事项 #{$pledge} 填报了两次（第一次在第 {$first} 行）
sheets-trouble-conflicts = 同一催办单在 {$other} 对事项 #{$pledge} 的填报与此不同
sheets-trouble-no-such-pledge = 事项 #{$pledge} 已不在台账中
sheets-sheet-read = {$place}：{$body}，截至{$date}
sheets-plan-row = {"  "}{$cell}  #{$pledge} {$title}  {$date}  {$note}{$extras}
sheets-plan-quantity = {"  "}数量 {$quantity}
sheets-plan-status = {"  "}状态 {$from} → {$to}
sheets-plan-evidence = {"  "}佐证 {$evidence}
sheets-again = {$place}：已收取过（进展 #{$note}），不再添加
sheets-again-changed = {$place}：已收取过（进展 #{$note}），现所填与当时不同，未再添加（如属新进展，请用 pledge note 添加）
sheets-summary = 将添加 {$rows} 条进展；{$empty} 行未填，{$again} 行已收取过，{$bad} 处问题
sheets-ask = 添加这 {$count} 条进展？[y/N]{" "}
sheets-declined = 未添加任何进展
sheets-dry-run = 试运行：未写入任何内容
sheets-nothing = 没有需要添加的进展
sheets-added = 已添加 {$count} 条进展（#{$first}–#{$last}）
cli-help-request = 为每个承办单位写出其未办结事项的催办单（.xlsx），供其填报进展
cli-help-request-owner = 只写该单位（牵头或配合）的：可用其任一名称或名称的一部分（可重复给出多个）[默认：每个有未办结事项的单位]
cli-help-request-as-of = 催办单截至的日期 [默认：今天，或 --today]
cli-help-request-output = 写出催办单的文件夹（不存在则新建）；不覆盖已有文件：新文件另加编号
cli-help-collect = 收取各单位填报后交回的催办单，添加其中的进展
cli-help-collect-files = 交回的催办单：各单位保存的 .xlsx 或 .csv
cli-help-collect-dry-run = 只打印将添加的内容；不写入任何内容
cli-help-collect-yes = 不经确认直接添加
cli-help-collect-skip-bad = 其他行有问题时，仍添加无误的行（有问题的行照样列出）
# end of sheets

## ocr
ocr-pdf-damaged = 是已损坏的 PDF 文件，无法读取
ocr-pdf-encrypted = 是设有密码的 PDF 文件；请另存一份不加密的副本（或打印为 PDF）后导入
ocr-pdf-no-pages = 是没有页面的 PDF 文件
ocr-pdf-too-many-pages = 是 {$pages} 页的 PDF 文件；答复函最多读取 {$limit} 页
ocr-pdf-too-large = 是内容解压后超过 {$limit} MB 的 PDF 文件；答复函远小于此
ocr-pdf-no-text = 是 {$pages} 页的 PDF 文件，既无文字层，也无可识别的扫描页
ocr-pdf-scanned = 是 {$pages} 页的扫描件 PDF，需经文字识别（OCR）读取
ocr-image-unreadable = 是无法读出尺寸的{$kind}（已损坏或不完整）
ocr-image-too-large = 是 {$width}×{$height} 像素的图片；扫描页最大读取 {$limit} 百万像素
ocr-scan-no-text = 中没有可识别的答复函：识别出 {$chars} 个字符，平均置信度 {$confidence}%（答复函至少需 {$min_chars} 个字符、置信度 {$min_confidence}%）
ocr-program-missing = “{$path}”：是扫描件，读取需要 `{$program}`，但未安装（PATH 中找不到）；请用 `apt-get install {$package}` 安装；未导入任何内容
ocr-language-missing = “{$path}”：是扫描件，但 `tesseract` 缺少简体中文识别数据（`chi_sim`）；请用 `apt-get install {$package}` 安装；未导入任何内容
ocr-timed-out = “{$path}”：`{$program}` 识别扫描件超过 {$seconds} 秒仍未完成，已停止；未导入任何内容
ocr-failed = “{$path}”：`{$program}` 识别扫描件时出错（{$detail}）；未导入任何内容
ocr-origin-pdf = PDF 文字层（{$pages} 页）
ocr-origin-ocr = 文字识别（{$pages} 页，平均置信度 {$confidence}%）
ocr-legend = {" "}红色下划线：识别置信度低于 {$threshold}%，请对照原件核对{" "}
# end of ocr

## tui-searching
tui-searching-label = 正在搜索…
# end of tui-searching

## server
server-bad-address = --db {$address}：不是 PostgreSQL 地址（{$why}）；应写作 postgres://用户@主机/数据库
server-bad-tls = --db {$address}：无法按要求建立 TLS（{$why}）；sslmode 可取 disable、allow、prefer、require、verify-ca 或 verify-full，sslrootcert 为所信任根证书的 PEM 文件
server-unreachable = {$address}：无法连接服务器（{$why}）；未保存任何内容
server-not-utf8 = {$address}：数据库编码为 {$encoding}、字符类型为 {$ctype}；台账需要 UTF-8 才能搜索中文：CREATE DATABASE … TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'
server-foreign = {$address}：数据库中已有其他表（{$tables}）；台账只能建在空数据库中；未做任何更改
server-already-ledger = {$address}：已有台账；未做任何更改
server-not-ledger = {$address}：没有台账；请用 `pledge init --db …` 创建
server-newer = {$address}：台账结构版本为 {$found}，比本程序的 {$known} 新；请升级 pledge；未做任何更改
server-not-yet = {$what}：服务器台账暂不支持；请改用台账文件
server-upgrade-by-owner = {$address}：账本架构为第 {$found} 版，旧于本程序的第 {$known} 版，而当前角色无权升级；请由账本的所有者角色运行一次 pledge 完成升级（pledge check --db postgres://所有者@…），再重新授予各科室权限；未作任何更改
server-lost-unknown = 提交{$what}时与服务器的连接中断且未能重连：它可能已保存；再次保存前请先查看（pledge show）
server-lost-committed = 提交{$what}时与服务器的连接中断；它已保存，请勿重复保存
server-failed = 服务器拒绝：{$why}；未保存任何内容
server-value-unfit = {$kind}值与服务器的 {$column} 列不符
server-column-unread = 服务器返回了 {$column} 类型的列，台账中没有这种类型
server-kind-whole = 整数
server-kind-real = 数值
server-kind-text = 文本
server-kind-bytes = 字节
server-kind-other = 计算所得
server-created = 已在 {$address} 创建台账（结构版本 {$version}）。
server-copy-not-empty = {$address}：已有{$pledges}项承诺、{$letters}件答复函及其他记录{$other}条（进展、修改记录、承办单位、确认、收取记录）；只能复制到空台账中，以保留全部编号（可用 `pledge init --empty --db …` 新建）；未复制任何内容
server-copy-file-not-empty = {$path} 已有{$pledges}项承诺、{$letters}件答复函；服务器台账只能复制到新文件（或空台账，`pledge init --empty --db 文件`），以保留全部编号；未复制任何内容
server-copy-not-text = {$table} #{$id} 的 {$column}：含有非 UTF-8 文本的字节（或 NUL），服务器台账无法保存；请先在台账文件中更正；未复制任何内容
server-copy-columns = 表 {$table} 在台账文件中的列（{$file}）与服务器上的（{$server}）不同；请先在每台电脑上升级 pledge，再复制；未复制任何内容
server-copied = 已将 {$from} 复制到 {$to}：答复函{$letters}件、承诺{$pledges}项、进展{$notes}条、修改记录{$history}条，编号不变。
server-copy-same-kind = copy 用于在台账文件与服务器之间搬移台账；{$from} 到 {$to} 请用{ $files ->
    [yes] `pledge backup 文件`
   *[no] pg_dump
  }；未复制任何内容
server-copy-to-file = 尚不支持从服务器复制到台账文件；目前请用 pg_dump 导出服务器台账；未复制任何内容
# end of server

## docx
report-docx-page-before = {"— "}
report-docx-page-after = {" —"}
report-docx-too-long = Word 通报最多 {$max} 行，本通报有 {$rows} 行；请用 --owner 缩小范围，或改用文本、HTML 或 CSV 格式；未写入任何内容
report-docx-needs-file = Word 通报是二进制文件，须用 -o 指定文件（例如 -o 通报.docx）；未写入任何内容
# end of docx

## tui-period
tui-period-key-period = 月度通报
tui-period-key-previous-month = 上月
tui-period-key-next-month = 下月
tui-period-section = 月度督办通报（按月查看）
tui-period-no-later = 已是本月：期间最晚截至今天（{$today}）
tui-period-no-earlier = {$first}之前没有月份
# end of tui-period
