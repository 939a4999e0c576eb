//! An owner text split into the bodies it names, in text order, each with its role.
//!
//! Clauses are separated by "，" (and ",", "；", ";"); each clause names bodies separated by
//! "、", or by "和"/"及" where the text before ends like a body's name (so 住房和城乡建设厅,
//! one body, stays whole). A clause ending in 牵头/主办/负责 leads, one ending in 配合/协办/参与
//! works with the lead. Without such words the first body leads and the others co-own.

use super::{Named, Role};

const CLAUSE_MARKS: [char; 4] = ['，', ',', '；', ';'];
const LEAD_WORDS: [&str; 3] = ["牵头", "主办", "负责"];
const CO_WORDS: [&str; 3] = ["配合", "协办", "参与"];

/// The last characters a body's name ends with: where "和" or "及" may join two bodies.
const NAME_ENDS: &[char] = &[
    '厅', '局', '委', '办', '部', '院', '校', '学', '区', '市', '县', '会', '所', '司', '团', '行',
    '心', '组', '处', '室', '站', '馆', '队', '社', '府', '州', '镇', '乡', '村', '客',
];

/// The bodies an owner text names, in text order, each once. A text that names none (only
/// role words) is one body, as written: every pledge has at least one.
pub fn split(owner: &str) -> Vec<Named> {
    let mut found: Vec<(String, Option<Role>)> = Vec::new();
    for clause in owner.split(CLAUSE_MARKS) {
        let (names, role) = clause_role(clause.trim());
        for name in names_in(names) {
            if !found.iter().any(|(n, _)| *n == name) {
                found.push((name, role));
            }
        }
    }
    if found.is_empty() {
        let whole = owner.trim();
        return if whole.is_empty() {
            Vec::new()
        } else {
            vec![Named::lead(whole)]
        };
    }
    let marked_lead = found.iter().any(|(_, r)| *r == Some(Role::Lead));
    let mut lead_given = marked_lead;
    found
        .into_iter()
        .map(|(name, role)| {
            let role = role.unwrap_or_else(|| {
                if lead_given {
                    Role::CoOwner
                } else {
                    lead_given = true;
                    Role::Lead
                }
            });
            Named { name, role }
        })
        .collect()
}

/// A clause without its role words ("由" before, 牵头 or 配合 after), and the role they give.
fn clause_role(clause: &str) -> (&str, Option<Role>) {
    let clause = clause.strip_prefix('由').unwrap_or(clause).trim();
    for (words, role) in [(LEAD_WORDS, Role::Lead), (CO_WORDS, Role::CoOwner)] {
        for w in words {
            if let Some(rest) = clause.strip_suffix(w) {
                return (rest.trim(), Some(role));
            }
        }
    }
    (clause, None)
}

/// The names of one clause: split at "、", and at "和"/"及" between two names.
fn names_in(clause: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in clause.split('、') {
        let mut start = 0;
        for (at, c) in part.char_indices() {
            if c != '和' && c != '及' || at <= start {
                continue;
            }
            let before = part[start..at].trim();
            let after = part[at + c.len_utf8()..].trim();
            if !after.is_empty() && before.ends_with(NAME_ENDS) {
                out.push(before.to_string());
                start = at + c.len_utf8();
            }
        }
        out.push(part[start..].trim().to_string());
    }
    out.retain(|n| !n.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(owner: &str) -> Vec<(String, Role)> {
        split(owner).into_iter().map(|n| (n.name, n.role)).collect()
    }

    fn lead(n: &str) -> (String, Role) {
        (n.into(), Role::Lead)
    }

    fn co(n: &str) -> (String, Role) {
        (n.into(), Role::CoOwner)
    }

    #[test]
    fn a_joint_owner_is_its_bodies_first_leading() {
        assert_eq!(
            names("省委金融办、省科技厅、省商务厅"),
            [lead("省委金融办"), co("省科技厅"), co("省商务厅")]
        );
        assert_eq!(names("吉林省科学技术厅"), [lead("吉林省科学技术厅")]);
    }

    #[test]
    fn and_joins_two_bodies_but_not_the_words_of_one_name() {
        assert_eq!(
            names("省科技厅和省财政厅"),
            [lead("省科技厅"), co("省财政厅")]
        );
        assert_eq!(
            names("长春新区及香港大学"),
            [lead("长春新区"), co("香港大学")]
        );
        assert_eq!(names("省住房和城乡建设厅"), [lead("省住房和城乡建设厅")]);
        assert_eq!(
            names("省人力资源和社会保障厅、省教育厅"),
            [lead("省人力资源和社会保障厅"), co("省教育厅")]
        );
    }

    #[test]
    fn role_words_say_who_leads() {
        assert_eq!(
            names("省科技厅配合，省发改委牵头"),
            [co("省科技厅"), lead("省发改委")]
        );
        assert_eq!(
            names("由省发改委、省财政厅牵头，省科技厅配合"),
            [lead("省发改委"), lead("省财政厅"), co("省科技厅")]
        );
        // Only co-owners marked: the first unmarked body leads.
        assert_eq!(
            names("省商务厅，省科技厅配合"),
            [lead("省商务厅"), co("省科技厅")]
        );
    }

    #[test]
    fn odd_texts_still_name_one_body_each_once() {
        assert_eq!(names("  省科技厅、、省科技厅 "), [lead("省科技厅")]);
        assert_eq!(names("牵头"), [lead("牵头")]);
        assert!(names("  ").is_empty());
        assert_eq!(names("和"), [lead("和")]);
    }
}
