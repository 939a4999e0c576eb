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
}
