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
