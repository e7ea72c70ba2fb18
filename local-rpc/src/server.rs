//! JSON-RPC 2.0 over HTTP on loopback, answering from a [`Chain`] that the driver keeps
//! closing ledgers on.

use std::{
    net::SocketAddr,
    sync::{Arc, Mutex},
};

use http_body_util::{BodyExt, Full};
use hyper::{body::Bytes, server::conn::http1, service::service_fn, Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::net::TcpListener;

use crate::chain::Chain;

/// JSON-RPC's code for a body that is not JSON.
const PARSE_ERROR: i64 = -32700;

/// A fault the server answers a request with instead of the method's result, so that tests
/// see how a client bears a failing RPC.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// No fault: the method's answer.
    None,
    /// An HTTP status with an empty body (429, 500, 503, …).
    Status(u16),
    /// A 200 whose body is not JSON.
    Garbage,
    /// A 200 whose JSON is cut in the middle.
    Truncated,
}

/// The faults still to answer with, in order, one per request.
pub type Faults = Arc<Mutex<std::collections::VecDeque<Fault>>>;

/// Serves `chain` on a new loopback port in a thread of its own, and returns the port's
/// address. The server lives as long as the process.
pub fn spawn(chain: Arc<Mutex<Chain>>) -> SocketAddr {
    spawn_with_faults(chain, Faults::default())
}

/// [`spawn`], answering the next requests with `faults` first.
pub fn spawn_with_faults(chain: Arc<Mutex<Chain>>, faults: Faults) -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    let address = listener.local_addr().expect("a bound address");
    listener
        .set_nonblocking(true)
        .expect("a non-blocking socket");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .build()
            .expect("a runtime");
        runtime.block_on(async move {
            let listener = TcpListener::from_std(listener).expect("a tokio listener");
            serve(listener, chain, faults).await;
        });
    });
    address
}

/// Accepts connections on `listener` forever, answering each request from `chain`, or with
/// the next of `faults`.
pub async fn serve(listener: TcpListener, chain: Arc<Mutex<Chain>>, faults: Faults) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let (chain, faults) = (chain.clone(), faults.clone());
        tokio::spawn(async move {
            let service = service_fn(move |request: Request<hyper::body::Incoming>| {
                let (chain, faults) = (chain.clone(), faults.clone());
                async move {
                    let body = request.into_body().collect().await?.to_bytes();
                    let fault = faults.lock().expect("the faults' lock").pop_front();
                    let (status, body) = match fault {
                        None | Some(Fault::None) => (200, answer(&chain, &body).to_string()),
                        Some(Fault::Status(status)) => (status, String::new()),
                        Some(Fault::Garbage) => (200, "<html>bad gateway</html>".into()),
                        Some(Fault::Truncated) => {
                            let answer = answer(&chain, &body).to_string();
                            (200, answer[..answer.len() / 2].to_string())
                        }
                    };
                    Ok::<_, hyper::Error>(
                        Response::builder()
                            .status(status)
                            .header("content-type", "application/json")
                            .body(Full::new(Bytes::from(body)))
                            .expect("a response"),
                    )
                }
            });
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// The JSON-RPC answer to one request body.
fn answer(chain: &Mutex<Chain>, body: &[u8]) -> Value {
    let Ok(request) = serde_json::from_slice::<Value>(body) else {
        return json!({
            "jsonrpc": "2.0", "id": null,
            "error": { "code": PARSE_ERROR, "message": "parse error" },
        });
    };
    let id = request["id"].clone();
    let method = request["method"].as_str().unwrap_or_default();
    let result = chain
        .lock()
        .expect("the chain's lock")
        .call(method, &request["params"]);
    match result {
        Ok(result) => json!({ "jsonrpc": "2.0", "id": id, "result": result }),
        Err(error) => json!({
            "jsonrpc": "2.0", "id": id,
            "error": { "code": error.code, "message": error.message },
        }),
    }
}
