//! Test-only pauses at exact points (feature `test-hooks`), so tests can freeze or kill a
//! process where it matters. Release builds compile these to nothing.

/// With `PLEDGE_TEST_PAUSE=point:millis`, announces `pledge-test: paused at point` on stderr
/// and sleeps there.
#[cfg(feature = "test-hooks")]
pub fn pause(point: &str) {
    let Ok(spec) = std::env::var("PLEDGE_TEST_PAUSE") else {
        return;
    };
    let Some((at, millis)) = spec.split_once(':') else {
        return;
    };
    if at == point {
        eprintln!("pledge-test: paused at {point}");
        let millis = millis.parse().unwrap_or(0);
        std::thread::sleep(std::time::Duration::from_millis(millis));
    }
}

#[cfg(not(feature = "test-hooks"))]
#[inline(always)]
pub fn pause(_point: &str) {}
