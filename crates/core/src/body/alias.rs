//! Which names are one body: a key that a body's full name and its common abbreviations
//! share, read in the province of the letter that names them; and a letter's words for its
//! own signing body (我厅).

/// Abbreviated endings and the full endings they stand for (省科技厅 → 省科学技术厅).
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("科技厅", "科学技术厅"),
    ("发改委", "发展和改革委员会"),
    ("工信厅", "工业和信息化厅"),
    ("人社厅", "人力资源和社会保障厅"),
    ("住建厅", "住房和城乡建设厅"),
    ("交通厅", "交通运输厅"),
    ("卫健委", "卫生健康委员会"),
    ("市场监管局", "市场监督管理局"),
    ("委金融办", "委金融委员会办公室"),
    ("外办", "外事办公室"),
    ("国资委", "国有资产监督管理委员会"),
    ("政府办", "人民政府办公厅"),
];

/// What a letter calls its own signing body.
const SELF_REFERENCES: &[&str] = &[
    "我厅",
    "本厅",
    "我单位",
    "本单位",
    "我局",
    "本局",
    "我委",
    "本委",
    "我办",
    "本办",
    "我院",
    "本院",
    "我校",
    "本校",
    "我部",
    "本部",
];

/// Whether `name` is a letter's word for the body that signed it.
pub fn self_reference(name: &str) -> bool {
    SELF_REFERENCES.contains(&name.trim())
}

/// The province of an issuer's name (吉林省科学技术厅 → 吉林省), when it begins with one.
pub fn province_of(issuer: &str) -> Option<String> {
    let issuer = issuer.trim();
    let issuer = issuer.strip_prefix("中共").unwrap_or(issuer);
    for mark in ["省", "自治区"] {
        if let Some(at) = issuer.find(mark) {
            let chars = issuer[..at].chars().count();
            if (2..=6).contains(&chars) {
                return Some(issuer[..at + mark.len()].to_string());
            }
        }
    }
    None
}

/// The key two names of one body share: "中共" dropped, a leading "省" read as the letter's
/// province, an abbreviated ending written out. Names with equal keys are one body.
pub fn key(name: &str, province: Option<&str>) -> String {
    let name: String = name.split_whitespace().collect();
    let name = name.strip_prefix("中共").unwrap_or(&name);
    let mut out = match (name.strip_prefix('省'), province) {
        (Some(rest), Some(p)) if !name.starts_with(p) => format!("{p}{rest}"),
        _ => name.to_string(),
    };
    for (short, long) in ABBREVIATIONS {
        if out.ends_with(short) && !out.ends_with(long) {
            out.truncate(out.len() - short.len());
            out.push_str(long);
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_the_province_make_one_key() {
        let jl = province_of("吉林省科学技术厅");
        assert_eq!(jl.as_deref(), Some("吉林省"));
        let p = jl.as_deref();
        let full = key("吉林省科学技术厅", p);
        assert_eq!(key("省科技厅", p), full);
        assert_eq!(key("吉林省科技厅", p), full);
        assert_eq!(key("吉林省科技厅", None), full);
        assert_eq!(key("省商务厅", p), key("吉林省商务厅", None));
        assert_eq!(
            key("省委金融办", p),
            key("中共吉林省委金融委员会办公室", None)
        );
        assert_ne!(key("省科技厅", p), key("省商务厅", p));
        // Another province's 省科技厅 is another body.
        assert_ne!(key("省科技厅", Some("湖南省")), full);
    }

    #[test]
    fn provinces_are_read_from_the_start_of_an_issuer() {
        assert_eq!(province_of("黑龙江省教育厅").as_deref(), Some("黑龙江省"));
        assert_eq!(
            province_of("广西壮族自治区科学技术厅").as_deref(),
            Some("广西壮族自治区")
        );
        assert_eq!(province_of("长春新区"), None);
        assert_eq!(province_of("省科技厅"), None);
    }

    #[test]
    fn a_letters_words_for_itself_are_known() {
        assert!(self_reference("我厅") && self_reference(" 本单位 "));
        assert!(!self_reference("省科技厅"));
    }
}
