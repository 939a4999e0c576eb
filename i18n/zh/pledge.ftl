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


# end of errors


## cli

cli-unknown-lang = {$from} {$value}：不支持的语言；可选 {$accepted}

# end of cli


## cli-help


# end of cli-help


## files


# end of files


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

# end of tui-undo
