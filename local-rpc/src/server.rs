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

/// Serves `chain` on a new loopback port in a thread of its own, and returns the port's
/// address. The server lives as long as the process.
pub fn spawn(chain: Arc<Mutex<Chain>>) -> SocketAddr {
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
            serve(listener, chain).await;
        });
    });
    address
}

/// Accepts connections on `listener` forever, answering each request from `chain`.
pub async fn serve(listener: TcpListener, chain: Arc<Mutex<Chain>>) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let chain = chain.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request: Request<hyper::body::Incoming>| {
                let chain = chain.clone();
                async move {
                    let body = request.into_body().collect().await?.to_bytes();
                    let answer = answer(&chain, &body);
                    Ok::<_, hyper::Error>(
                        Response::builder()
                            .header("content-type", "application/json")
                            .body(Full::new(Bytes::from(answer.to_string())))
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
