//! Test-only pauses at exact points (feature `test-hooks`), so tests can freeze or kill a
//! process where it matters. Release builds compile these to nothing.

/// With `PLEDGE_TEST_PAUSE=point:millis` (the point being `place`, or `place what` when `what`
/// is given), announces `pledge-test: paused at point` on stderr and sleeps there.
#[cfg(feature = "test-hooks")]
pub fn pause(place: &str, what: &str) {
    let Ok(spec) = std::env::var("PLEDGE_TEST_PAUSE") else {
        return;
    };
    let Some((at, millis)) = spec.split_once(':') else {
        return;
    };
    let point = if what.is_empty() {
        place.to_string()
    } else {
        format!("{place} {what}")
    };
    if at == point {
        eprintln!("pledge-test: paused at {point}");
        let millis = millis.parse().unwrap_or(0);
        std::thread::sleep(std::time::Duration::from_millis(millis));
    }
}

#[cfg(not(feature = "test-hooks"))]
#[inline(always)]
pub fn pause(_place: &str, _what: &str) {}
