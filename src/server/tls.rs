//! TLS to a server, as the URL's `sslmode` asks it (libpq's words): `require` encrypts and,
//! with no `sslrootcert`, trusts any certificate (as libpq does); `verify-ca` checks the
//! certificate against the roots (`sslrootcert`, else the system's); `verify-full` checks the
//! host's name too. `prefer` tries TLS and takes a plain connection when the server has none.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{ClientConfig, WebPkiServerVerifier};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

/// How a connection is made: plain, or TLS with the check `sslmode` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tls {
    Plain,
    /// TLS when the server has it (`prefer`): encrypted, not checked, as libpq.
    Prefer,
    Require {
        check: Check,
        roots: Option<PathBuf>,
    },
}

/// What of the server's certificate is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    Nothing,
    Authority,
    AuthorityAndName,
}

impl Tls {
    /// From the URL's `sslmode` and `sslrootcert`; `None` for a mode libpq does not have.
    pub fn from_url(mode: Option<&str>, roots: Option<&str>) -> Option<Tls> {
        let roots = roots.map(PathBuf::from);
        Some(match mode.unwrap_or("prefer") {
            "disable" | "allow" => Tls::Plain,
            "prefer" => Tls::Prefer,
            // A root file given makes `require` check the authority, as libpq does.
            "require" => Tls::Require {
                check: if roots.is_some() {
                    Check::Authority
                } else {
                    Check::Nothing
                },
                roots,
            },
            "verify-ca" => Tls::Require {
                check: Check::Authority,
                roots,
            },
            "verify-full" => Tls::Require {
                check: Check::AuthorityAndName,
                roots,
            },
            _ => return None,
        })
    }

    /// The driver's own mode for this.
    pub fn mode(&self) -> postgres::config::SslMode {
        match self {
            Tls::Plain => postgres::config::SslMode::Disable,
            Tls::Prefer => postgres::config::SslMode::Prefer,
            Tls::Require { .. } => postgres::config::SslMode::Require,
        }
    }

    /// The TLS set-up of a connection; why it cannot be made (a root file unread).
    pub fn config(&self) -> Result<ClientConfig, String> {
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = ClientConfig::builder_with_provider(Arc::clone(&provider))
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?;
        let verifier: Arc<dyn ServerCertVerifier> = match self {
            Tls::Plain
            | Tls::Prefer
            | Tls::Require {
                check: Check::Nothing,
                ..
            } => Arc::new(Unchecked(provider)),
            Tls::Require { check, roots } => {
                let roots = root_store(roots.as_deref())?;
                let webpki = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), provider)
                    .build()
                    .map_err(|e| e.to_string())?;
                if *check == Check::AuthorityAndName {
                    webpki
                } else {
                    Arc::new(AnyName(webpki))
                }
            }
        };
        Ok(builder
            .dangerous()
            .with_custom_certificate_verifier(verifier)
            .with_no_client_auth())
    }
}

/// The driver's TLS connector, for every host of an address: a Unix socket's (which has no
/// name, and never TLS: the server says so before any handshake) gets a stand-in name, so
/// that an address with both kinds of host can be tried on each.
#[derive(Clone)]
pub struct Connector(pub tokio_postgres_rustls::MakeRustlsConnect);

impl<S> postgres::tls::MakeTlsConnect<S> for Connector
where
    tokio_postgres_rustls::MakeRustlsConnect: postgres::tls::MakeTlsConnect<S>,
{
    type Stream =
        <tokio_postgres_rustls::MakeRustlsConnect as postgres::tls::MakeTlsConnect<S>>::Stream;
    type TlsConnect =
        <tokio_postgres_rustls::MakeRustlsConnect as postgres::tls::MakeTlsConnect<S>>::TlsConnect;
    type Error =
        <tokio_postgres_rustls::MakeRustlsConnect as postgres::tls::MakeTlsConnect<S>>::Error;

    fn make_tls_connect(&mut self, hostname: &str) -> Result<Self::TlsConnect, Self::Error> {
        let name = if hostname.is_empty() {
            "localhost"
        } else {
            hostname
        };
        self.0.make_tls_connect(name)
    }
}

/// The roots a certificate is checked against: the file's, else the system's.
fn root_store(file: Option<&Path>) -> Result<RootCertStore, String> {
    let mut store = RootCertStore::empty();
    match file {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            for cert in certs {
                let cert = cert.map_err(|e| format!("{}: {e}", path.display()))?;
                store
                    .add(cert)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                // A system certificate rustls cannot read is one root fewer, not a failure.
                let _ = store.add(cert);
            }
        }
    }
    Ok(store)
}

/// Encrypts without checking who answers (`sslmode=require` with no roots, as libpq).
#[derive(Debug)]
struct Unchecked(Arc<CryptoProvider>);

impl ServerCertVerifier for Unchecked {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// Checks the authority, not the name (`verify-ca`).
#[derive(Debug)]
struct AnyName(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for AnyName {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}
