//! When a delivery that failed is tried again: exponential backoff with jitter, for at least
//! 24 hours and at least 8 attempts (NOTIFY.md), then the delivery is marked failed.
//!
//! The waits after the first attempt are 5 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h
//! (Svix's schedule, which receivers know), each lengthened by a random 0 to 20 % so that a
//! receiver back from an outage is not hit by every delivery at once: 9 attempts over at
//! least 27 h 36 min. Jitter only lengthens a wait, so the promises hold whatever it draws.

/// The nominal waits, in seconds, before the second, third, … attempt.
pub const WAITS: [u64; 8] = [5, 60, 300, 1_800, 7_200, 18_000, 36_000, 36_000];
/// The most a wait is lengthened by, in percent.
pub const MAX_JITTER_PERCENT: u64 = 20;

/// What to do after attempt number `attempts` (1 for the first) failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// Try again this many seconds from now.
    RetryIn(u64),
    /// The schedule is spent: mark the delivery failed.
    GiveUp,
}

/// The next step after failed attempt number `attempts`, with the waits divided by `scale`
/// (1 in production; tests shorten the schedule) and lengthened by `jitter`, a number from 0
/// to 1 drawn per attempt.
pub fn after_failure(attempts: u32, scale: u64, jitter: f64) -> Next {
    let Some(wait) = attempts.checked_sub(1).and_then(|i| WAITS.get(i as usize)) else {
        return Next::GiveUp;
    };
    let wait = wait / scale.max(1);
    let jitter = jitter.clamp(0.0, 1.0);
    let extra = (wait as f64 * jitter * MAX_JITTER_PERCENT as f64 / 100.0) as u64;
    Next::RetryIn(wait + extra)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every wait of the schedule, drawing `jitter` each time, until it gives up.
    fn schedule(jitter: f64) -> Vec<u64> {
        (1..)
            .map_while(|attempt| match after_failure(attempt, 1, jitter) {
                Next::RetryIn(wait) => Some(wait),
                Next::GiveUp => None,
            })
            .collect()
    }

    #[test]
    fn at_least_eight_retries_over_at_least_a_day_the_first_within_a_minute() {
        for jitter in [0.0, 0.5, 1.0] {
            let waits = schedule(jitter);
            assert!(waits.len() >= 8, "{jitter}");
            assert!(waits.iter().sum::<u64>() >= 24 * 3_600, "{jitter}");
            assert!(waits[0] < 60, "{jitter}");
            assert!(waits.windows(2).all(|w| w[0] <= w[1]), "{waits:?}");
        }
        assert_eq!(schedule(0.0).iter().sum::<u64>(), 99_365);
        assert_eq!(after_failure(9, 1, 0.0), Next::GiveUp);
    }

    #[test]
    fn jitter_lengthens_a_wait_by_at_most_a_fifth() {
        assert_eq!(after_failure(2, 1, 0.0), Next::RetryIn(60));
        assert_eq!(after_failure(2, 1, 1.0), Next::RetryIn(72));
        assert_eq!(after_failure(2, 1, 7.0), Next::RetryIn(72), "clamped");
        assert_eq!(after_failure(2, 1, -1.0), Next::RetryIn(60), "clamped");
    }

    #[test]
    fn a_scale_shortens_every_wait_for_tests() {
        assert_eq!(after_failure(8, 3_600, 0.0), Next::RetryIn(10));
        assert_eq!(after_failure(1, 3_600, 0.0), Next::RetryIn(0));
        assert_eq!(after_failure(1, 0, 0.0), Next::RetryIn(5), "0 counts as 1");
        assert_eq!(
            after_failure(0, 1, 0.0),
            Next::GiveUp,
            "there is no attempt 0"
        );
    }
}
