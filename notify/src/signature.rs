//! Webhook signatures as the Standard Webhooks specification defines them (standardwebhooks.com),
//! so that any of its libraries verifies what the notifier sends: `webhook-signature` is `v1,`
//! followed by the base64 HMAC-SHA256, keyed with the secret's key, of
//! `{webhook-id}.{webhook-timestamp}.{body}`.

use base64::{engine::general_purpose::STANDARD, Engine as _};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The prefix of a secret in the Standard Webhooks format, `whsec_<base64 key>`.
const SECRET_PREFIX: &str = "whsec_";
/// The fewest key bytes accepted: the specification asks for 24 to 64 random bytes.
const MIN_KEY_BYTES: usize = 24;
/// The most key bytes accepted.
const MAX_KEY_BYTES: usize = 64;

/// A webhook signing secret: the key that `ESCROW_NOTIFY_WEBHOOK_SECRET` holds as
/// `whsec_<base64 key>`.
#[derive(Clone)]
pub struct Secret {
    key: Vec<u8>,
}

/// Why a secret was refused, each a line a person can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecretError {
    /// The value does not start with `whsec_`.
    MissingPrefix,
    /// What follows `whsec_` is not standard base64.
    NotBase64,
    /// The key decodes to fewer than 24 or more than 64 bytes.
    KeyLength(usize),
}

impl core::fmt::Display for SecretError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            SecretError::MissingPrefix => write!(f, "the secret must start with {SECRET_PREFIX}"),
            SecretError::NotBase64 => {
                write!(
                    f,
                    "the secret after {SECRET_PREFIX} must be standard base64"
                )
            }
            SecretError::KeyLength(len) => write!(
                f,
                "the secret's key is {len} bytes: it must be {MIN_KEY_BYTES} to {MAX_KEY_BYTES}"
            ),
        }
    }
}

impl std::error::Error for SecretError {}

impl core::fmt::Debug for Secret {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        // Never print the key.
        write!(f, "Secret({} bytes)", self.key.len())
    }
}

impl Secret {
    /// Reads a secret in the Standard Webhooks format, `whsec_` and the base64 of a 24- to
    /// 64-byte key.
    pub fn parse(value: &str) -> Result<Secret, SecretError> {
        let encoded = value
            .strip_prefix(SECRET_PREFIX)
            .ok_or(SecretError::MissingPrefix)?;
        let key = STANDARD
            .decode(encoded)
            .map_err(|_| SecretError::NotBase64)?;
        if !(MIN_KEY_BYTES..=MAX_KEY_BYTES).contains(&key.len()) {
            return Err(SecretError::KeyLength(key.len()));
        }
        Ok(Secret { key })
    }

    /// The `webhook-signature` header of one attempt: `v1,` and the base64 HMAC-SHA256 of
    /// `{id}.{timestamp}.{body}`. A retry keeps its id and signs again with its own timestamp.
    pub fn sign(&self, id: &str, timestamp: u64, body: &[u8]) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key)
            .expect("HMAC-SHA256 takes a key of any length");
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The specification's published test vector, which every Standard Webhooks library
    /// reproduces: a different delimiter, encoding or key decoding would fail here.
    #[test]
    fn the_published_test_vector_signs_exactly() {
        let secret = Secret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        assert_eq!(
            secret.sign(
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1_614_265_330,
                br#"{"test": 2432232314}"#
            ),
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
        );
    }

    #[test]
    fn the_id_the_timestamp_and_the_body_are_all_signed() {
        let secret = Secret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let base = secret.sign("msg_1", 1_000, b"{}");
        assert_ne!(secret.sign("msg_2", 1_000, b"{}"), base);
        assert_ne!(secret.sign("msg_1", 1_001, b"{}"), base);
        assert_ne!(secret.sign("msg_1", 1_000, b"{ }"), base);
        assert_eq!(secret.sign("msg_1", 1_000, b"{}"), base);
    }

    #[test]
    fn malformed_secrets_are_refused_with_the_reason() {
        let key_of = |bytes: usize| format!("whsec_{}", STANDARD.encode(vec![7u8; bytes]));
        assert_eq!(
            Secret::parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap_err(),
            SecretError::MissingPrefix
        );
        assert_eq!(
            Secret::parse("whsec_not base64!").unwrap_err(),
            SecretError::NotBase64
        );
        assert_eq!(
            Secret::parse(&key_of(23)).unwrap_err(),
            SecretError::KeyLength(23)
        );
        assert_eq!(
            Secret::parse(&key_of(65)).unwrap_err(),
            SecretError::KeyLength(65)
        );
        assert!(Secret::parse(&key_of(24)).is_ok());
        assert!(Secret::parse(&key_of(64)).is_ok());
        assert_eq!(
            SecretError::KeyLength(23).to_string(),
            "the secret's key is 23 bytes: it must be 24 to 64"
        );
    }

    #[test]
    fn the_key_never_prints() {
        let secret = Secret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        assert_eq!(format!("{secret:?}"), "Secret(24 bytes)");
    }
}
