//! Why a draft was found in a letter: each reason of its score in words, for the review and
//! anything else that shows a draft beside the letter.

use pledge_core::letter::extract::{Draft, Reason};

/// One reason, as a short phrase.
pub fn reason(r: Reason) -> &'static str {
    match r {
        Reason::InPart => crate::ts!("extract-in-part"),
        Reason::Future => crate::ts!("extract-future"),
        Reason::Target => crate::ts!("extract-target"),
        Reason::Done => crate::ts!("extract-done"),
        Reason::Status => crate::ts!("extract-status"),
        Reason::Courtesy => crate::ts!("extract-courtesy"),
        Reason::StudyOnly => crate::ts!("extract-study-only"),
        Reason::UnderTopic => crate::ts!("extract-under-topic"),
        Reason::Standing => crate::ts!("extract-standing"),
        Reason::Restated => crate::ts!("extract-restated"),
    }
}

/// A draft's score and its reasons in one line: "score 6: in a next-steps part, says what
/// will be done".
pub fn why(d: &Draft) -> String {
    let reasons: Vec<&str> = d.reasons.iter().map(|r| reason(*r)).collect();
    crate::t!(
        "extract-why",
        score = d.score.to_string(),
        reasons = reasons.join(crate::ts!("extract-separator"))
    )
}

/// The heading of one letter's dry run among several.
pub fn batch_heading(path: &str) -> String {
    crate::t!("extract-batch-heading", path = path)
}

/// What happened to one letter of several, after its file's name.
pub fn batch_named(path: &str, said: &str) -> String {
    crate::t!("extract-batch-named", path = path, said = said)
}

/// The end of an import of several letters: how many were read, found and refused, how many
/// pledges were added (`None` for a dry run), then each refusal on a line of its own.
pub fn batch_summary(
    read: usize,
    found: usize,
    added: Option<usize>,
    refused: &[String],
) -> String {
    let mut s = crate::t!(
        "extract-batch-summary",
        read = read,
        found = found,
        refused = refused.len()
    );
    if let Some(added) = added {
        s.push_str(&crate::t!("extract-batch-added", added = added));
    }
    s.push('\n');
    for why in refused {
        s.push_str(&crate::t!("extract-batch-refused", why = why.as_str()));
        s.push('\n');
    }
    s
}

pub fn too_many_files(path: &str, limit: usize) -> String {
    crate::t!("extract-batch-too-many", path = path, limit = limit)
}

pub fn some_refused(refused: usize, of: usize) -> String {
    crate::t!("extract-batch-some-refused", refused = refused, of = of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::lang::{Lang, with};

    fn found() -> Draft {
        let paragraphs = pledge_core::letter::normalize::paragraphs(
            "下一步，县交通局将于2026年底前完成8座危桥改造。\n某县交通运输局\n2026年3月1日\n",
        );
        let m = pledge_core::letter::meta::read(&paragraphs);
        pledge_core::letter::extract::drafts(&paragraphs, &m).remove(0)
    }

    #[test]
    fn a_drafts_reasons_are_worded_in_either_language() {
        let d = found();
        assert_eq!(
            with(Lang::En, || why(&d)),
            "score 7: in a next-steps part, says what will be done, names a number to deliver"
        );
        assert_eq!(
            with(Lang::Zh, || why(&d)),
            "得分7：位于下一步工作部分、有将要做的表述、有量化目标"
        );
    }

    #[test]
    fn every_reason_has_words_in_both_languages() {
        let all = [
            Reason::InPart,
            Reason::Future,
            Reason::Target,
            Reason::Done,
            Reason::Status,
            Reason::Courtesy,
            Reason::StudyOnly,
            Reason::UnderTopic,
            Reason::Standing,
            Reason::Restated,
        ];
        for lang in [Lang::En, Lang::Zh] {
            let words: Vec<&str> = all.iter().map(|r| with(lang, || reason(*r))).collect();
            let mut unique = words.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), all.len(), "{lang:?}: {words:?}");
        }
        assert!(with(Lang::Zh, || reason(Reason::Courtesy)).contains("客套"));
    }

    #[test]
    fn the_summary_of_several_letters_is_worded_in_either_language() {
        let refused = ["a.txt: is empty; nothing imported".to_string()];
        assert_eq!(
            with(Lang::En, || batch_summary(1, 1, Some(1), &refused)),
            "1 letter read, 1 pledge found, 1 letter refused, 1 pledge added\n  a.txt: is empty; nothing imported\n"
        );
        assert_eq!(
            with(Lang::Zh, || batch_summary(2, 5, None, &[])),
            "读取来函2件，找到事项5项，未导入来函0件\n"
        );
        assert_eq!(
            with(Lang::En, || too_many_files("in", 1000)),
            "in: holds more than 1000 letter files; import at most 1000 at once; nothing imported"
        );
        assert!(with(Lang::Zh, || too_many_files("in", 1000)).contains("来函文件超过1000件"));
    }
}
