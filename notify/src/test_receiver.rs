//! A webhook endpoint on loopback for the tests (real HTTP): it records what it got and
//! answers as a test tells it (a status, a delay).

use std::{
    collections::VecDeque,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use http_body_util::{BodyExt, Full};
use hyper::{body::Bytes, server::conn::http1, service::service_fn, Request, Response};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// One request the receiver got: its headers of interest and its body.
#[derive(Clone, Debug)]
pub struct Received {
    pub id: String,
    pub timestamp: String,
    pub signature: String,
    pub content_type: String,
    pub body: String,
}

/// A webhook endpoint on loopback answering each request with the next planned status
/// (200 once the plan is spent), after `delay`.
pub struct Receiver {
    pub url: String,
    pub received: Arc<Mutex<Vec<Received>>>,
    pub in_flight: Arc<AtomicUsize>,
    pub most_in_flight: Arc<AtomicUsize>,
}

impl Receiver {
    pub async fn start(plan: &[u16], delay: Duration) -> Receiver {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/hook", listener.local_addr().unwrap());
        let plan = Arc::new(Mutex::new(plan.iter().copied().collect::<VecDeque<u16>>()));
        let received = Arc::new(Mutex::new(Vec::new()));
        let in_flight = Arc::new(AtomicUsize::new(0));
        let most_in_flight = Arc::new(AtomicUsize::new(0));
        let (r, i, m) = (received.clone(), in_flight.clone(), most_in_flight.clone());
        tokio::spawn(async move {
            loop {
                let (stream, _) = listener.accept().await.unwrap();
                let (plan, r, i, m) = (plan.clone(), r.clone(), i.clone(), m.clone());
                tokio::spawn(async move {
                    let service = service_fn(move |request: Request<hyper::body::Incoming>| {
                        let (plan, r, i, m) = (plan.clone(), r.clone(), i.clone(), m.clone());
                        async move {
                            let now = i.fetch_add(1, Ordering::SeqCst) + 1;
                            m.fetch_max(now, Ordering::SeqCst);
                            let header =
                                |name: &str| request.headers()[name].to_str().unwrap().to_string();
                            let got = Received {
                                id: header("webhook-id"),
                                timestamp: header("webhook-timestamp"),
                                signature: header("webhook-signature"),
                                content_type: header("content-type"),
                                body: String::new(),
                            };
                            let body = request.into_body().collect().await.unwrap().to_bytes();
                            r.lock().unwrap().push(Received {
                                body: String::from_utf8(body.to_vec()).unwrap(),
                                ..got
                            });
                            tokio::time::sleep(delay).await;
                            let status = plan.lock().unwrap().pop_front().unwrap_or(200);
                            i.fetch_sub(1, Ordering::SeqCst);
                            Ok::<_, hyper::Error>(
                                Response::builder()
                                    .status(status)
                                    .body(Full::new(Bytes::new()))
                                    .unwrap(),
                            )
                        }
                    });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Receiver {
            url,
            received,
            in_flight,
            most_in_flight,
        }
    }

    pub fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}
