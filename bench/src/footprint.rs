//! Which ledger entries each entry point reads and writes, as a network sees them: every call is
//! simulated the way an RPC server's `simulateTransaction` does (the host's recording mode,
//! `soroban_env_host::e2e_invoke::invoke_host_function_in_recording_mode`) against the bench's
//! ledger, and the footprint it records is what the transaction would declare.
//!
//! Stellar applies transactions in parallel since protocol 23 (CAP-63): two transactions
//! conflict, and run one after the other, when one writes an entry that the other reads or
//! writes. Extending the time to live of an entry that a transaction only reads does not count
//! (read-only TTL updates commute), so every call may keep the contract instance, its code and
//! the escrow's entries alive without contending.

extern crate std;

use std::{collections::BTreeSet, format, rc::Rc, string::String as StdString, vec::Vec as StdVec};

use escrow::testutils::Fixture;
use soroban_env_host::{
    budget::Budget,
    e2e_invoke::{invoke_host_function_in_recording_mode, RecordingInvocationAuthMode},
};
use soroban_sdk::{
    xdr::{
        AccountId, ContractDataDurability, DecoratedSignature, HostFunction, InvokeContractArgs,
        InvokeHostFunctionOp, LedgerKey, Limits, Memo, MuxedAccount, Operation, OperationBody,
        Preconditions, PublicKey, ScAddress, ScMap, ScMapEntry, ScSymbol, ScVal, ScVec,
        SequenceNumber, Signature, SignatureHint, SorobanAuthorizationEntry, SorobanCredentials,
        SorobanResources, SorobanTransactionData, SorobanTransactionDataExt, Transaction,
        TransactionEnvelope, TransactionExt, TransactionV1Envelope, Uint256, WriteXdr,
    },
    IntoVal, TryFromVal, Val,
};

/// The keys a transaction declares, read only and read and written, and the size of the
/// transaction that declares them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Footprint {
    pub read_only: BTreeSet<LedgerKey>,
    pub read_write: BTreeSet<LedgerKey>,
    /// The transaction envelope's size in bytes (see `transaction_size`).
    pub transaction_bytes: usize,
}

impl Footprint {
    /// Every key, read or written.
    pub fn all(&self) -> impl Iterator<Item = &LedgerKey> {
        self.read_only.iter().chain(&self.read_write)
    }

    /// The keys that make `self` and `other` conflict: written by one and touched by the
    /// other.
    pub fn conflicts_with(&self, other: &Footprint) -> BTreeSet<LedgerKey> {
        let touched = |f: &Footprint| f.all().cloned().collect::<BTreeSet<_>>();
        let mine = touched(self);
        let theirs = touched(other);
        self.read_write
            .intersection(&theirs)
            .chain(other.read_write.intersection(&mine))
            .cloned()
            .collect()
    }
}

/// Who submits the transaction that carries a simulated call, which decides how large its
/// authorization entries are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Submitter {
    /// The call's first signer submits it: its authorization rides on the transaction's own
    /// signature, and only the other signers sign entries of their own. The usual case.
    FirstSigner,
    /// Someone who signs for nothing in the call (a fee sponsor, a relayer, a platform's
    /// submission account) submits it, so every signer signs an entry of its own: the
    /// largest transaction.
    Sponsor,
}

/// Simulates `function(args)` on the escrow contract of `f` as an RPC server would, against
/// the ledger of `f` now, and returns the footprint it records, with the size of the
/// transaction its first signer would submit. Signatures are recorded, not checked, as
/// simulation does; the call must succeed.
pub fn simulate(f: &Fixture, function: &str, args: StdVec<Val>) -> Footprint {
    simulate_submitted_by(f, function, args, Submitter::FirstSigner)
}

/// [`simulate`], with the transaction's size as `submitter` would submit it.
pub fn simulate_submitted_by(
    f: &Fixture,
    function: &str,
    args: StdVec<Val>,
    submitter: Submitter,
) -> Footprint {
    let snapshot = f.env.to_ledger_snapshot();
    let ledger_info = snapshot.ledger_info();
    let args: StdVec<ScVal> = args
        .into_iter()
        .map(|v| ScVal::try_from_val(&f.env, &v).expect("an argument converts to XDR"))
        .collect();
    let host_fn = HostFunction::InvokeContract(InvokeContractArgs {
        contract_address: ScAddress::from(&f.contract),
        function_name: ScSymbol(function.try_into().expect("a function name")),
        args: args.try_into().expect("few arguments"),
    });
    let source = AccountId(PublicKey::PublicKeyTypeEd25519(Uint256([7; 32])));
    let mut diagnostics = StdVec::new();
    let result = invoke_host_function_in_recording_mode(
        &Budget::default(),
        false,
        &host_fn,
        &source,
        RecordingInvocationAuthMode::recording(false, false),
        ledger_info,
        Rc::new(snapshot),
        [0; 32],
        &mut diagnostics,
    )
    .expect("the simulation runs");
    if let Err(e) = &result.invoke_result {
        panic!("simulating {function} failed: {e:?}");
    }
    let transaction_bytes = transaction_size(&host_fn, &result.resources, &result.auth, submitter);
    // A signature's nonce entry is new for every signature: its key holds a random nonce that
    // the signer picks, so no two transactions share one. Simulation picks the same nonce for
    // every signature of the same signer, so nonces are left out here.
    let footprint = result.resources.footprint;
    let not_a_nonce = |key: &&LedgerKey| !matches!(key, LedgerKey::ContractData(d) if matches!(d.key, ScVal::LedgerKeyNonce(_)));
    Footprint {
        read_only: footprint
            .read_only
            .iter()
            .filter(not_a_nonce)
            .cloned()
            .collect(),
        read_write: footprint
            .read_write
            .iter()
            .filter(not_a_nonce)
            .cloned()
            .collect(),
        transaction_bytes,
    }
}

/// The size in bytes of the transaction envelope that would carry `host_fn`, as a wallet
/// builds it from a simulation: one `InvokeHostFunction` operation with the recorded
/// authorization entries, the simulated resources and footprint (signers' nonces included),
/// and one ed25519 signature. Each signer that does not submit the transaction signs its
/// entry as a classic account does (`[{public_key, signature}]`).
fn transaction_size(
    host_fn: &HostFunction,
    resources: &SorobanResources,
    auth: &[SorobanAuthorizationEntry],
    submitter: Submitter,
) -> usize {
    let mut entries: StdVec<SorobanAuthorizationEntry> = auth.to_vec();
    for (position, entry) in entries.iter_mut().enumerate() {
        match (&mut entry.credentials, position, submitter) {
            (credentials, 0, Submitter::FirstSigner) => {
                *credentials = SorobanCredentials::SourceAccount
            }
            (SorobanCredentials::Address(address), ..) => {
                address.signature = account_signature();
            }
            _ => {}
        }
    }
    let operation = Operation {
        source_account: None,
        body: OperationBody::InvokeHostFunction(InvokeHostFunctionOp {
            host_function: host_fn.clone(),
            auth: entries.try_into().expect("few entries"),
        }),
    };
    let transaction = Transaction {
        source_account: MuxedAccount::Ed25519(Uint256([1; 32])),
        fee: 1_000_000,
        seq_num: SequenceNumber(1),
        cond: Preconditions::None,
        memo: Memo::None,
        operations: std::vec![operation].try_into().unwrap(),
        ext: TransactionExt::V1(SorobanTransactionData {
            ext: SorobanTransactionDataExt::V0,
            resources: resources.clone(),
            resource_fee: 1_000_000,
        }),
    };
    let envelope = TransactionEnvelope::Tx(TransactionV1Envelope {
        tx: transaction,
        signatures: std::vec![DecoratedSignature {
            hint: SignatureHint([0; 4]),
            signature: Signature(std::vec![0; 64].try_into().unwrap()),
        }]
        .try_into()
        .unwrap(),
    });
    envelope
        .to_xdr(Limits::none())
        .expect("the envelope encodes")
        .len()
}

/// The signature a classic account puts in an authorization entry: one `{public_key,
/// signature}` map of a 32-byte key and a 64-byte ed25519 signature.
fn account_signature() -> ScVal {
    let entry = |key: &str, bytes: StdVec<u8>| ScMapEntry {
        key: ScVal::Symbol(key.try_into().unwrap()),
        val: ScVal::Bytes(bytes.try_into().unwrap()),
    };
    let map = ScMap(
        std::vec![
            entry("public_key", std::vec![0; 32]),
            entry("signature", std::vec![0; 64]),
        ]
        .try_into()
        .unwrap(),
    );
    ScVal::Vec(Some(ScVec(
        std::vec![ScVal::Map(Some(map))].try_into().unwrap(),
    )))
}

/// Whether `key` is a token's balance entry: a Stellar Asset Contract balance of a contract
/// address, or a trustline of an account. Moving money of one token writes the contract's own
/// balance in it whatever the escrow, and a party's balance whenever it is paid.
pub fn is_token_balance(f: &Fixture, key: &LedgerKey) -> bool {
    let tokens = [
        ScAddress::from(&f.usdc.address),
        ScAddress::from(&f.eurc.address),
    ];
    match key {
        LedgerKey::Trustline(_) | LedgerKey::Account(_) => true,
        LedgerKey::ContractData(data) => {
            tokens.contains(&data.contract)
                && matches!(&data.key, ScVal::Vec(Some(v)) if v.first() == Some(&ScVal::Symbol("Balance".try_into().unwrap())))
        }
        _ => false,
    }
}

/// A short, readable name for `key` in the bench's ledger.
pub fn describe(f: &Fixture, key: &LedgerKey) -> StdString {
    let contract = ScAddress::from(&f.contract);
    let name_of = |address: &ScAddress| -> StdString {
        if *address == contract {
            return "escrow contract".into();
        }
        if *address == ScAddress::from(&f.usdc.address) {
            return "USDC".into();
        }
        if *address == ScAddress::from(&f.eurc.address) {
            return "EURC".into();
        }
        for (name, party) in f.parties.all() {
            if *address == ScAddress::from(&party) {
                return name.into();
            }
        }
        format!("{address:?}")
    };
    match key {
        LedgerKey::ContractCode(_) => "contract code (wasm)".into(),
        LedgerKey::Account(_) => "an account".into(),
        LedgerKey::Trustline(_) => "a trustline".into(),
        LedgerKey::ContractData(data) => {
            let owner = name_of(&data.contract);
            let temporary = data.durability == ContractDataDurability::Temporary;
            match &data.key {
                ScVal::LedgerKeyContractInstance => format!("{owner} instance"),
                ScVal::LedgerKeyNonce(_) => format!("{owner} signature nonce"),
                ScVal::U64(value) if data.contract == contract => {
                    let slot = value & 7;
                    let id = value >> 9;
                    let index = (value >> 3) & 63;
                    match slot {
                        1 => format!("escrow {id} header"),
                        2 => format!("escrow {id} accounts"),
                        3 => format!("escrow {id} milestone {index} terms"),
                        4 => format!("escrow {id} milestone {index} progress"),
                        5 => format!("escrow {id} details"),
                        _ => format!("escrow contract key {value:#x}"),
                    }
                }
                ScVal::Symbol(symbol) => format!("{owner} {}", symbol.to_utf8_string_lossy()),
                ScVal::Vec(Some(items)) if data.contract == contract => {
                    let names: StdVec<StdString> = items
                        .iter()
                        .map(|v| match v {
                            ScVal::Address(a) => name_of(a),
                            other => format!("{other:?}"),
                        })
                        .collect();
                    format!("credit of {} in {}", names[0], names[1])
                }
                ScVal::Vec(Some(items)) => {
                    let holder = match items.get(1) {
                        Some(ScVal::Address(a)) => name_of(a),
                        _ => "?".into(),
                    };
                    format!("{owner} balance of {holder}")
                }
                other if temporary => format!("{owner} temporary {other:?}"),
                other => format!("{owner} {other:?}"),
            }
        }
        other => format!("{other:?}"),
    }
}

/// `value` as a call argument.
pub fn arg<T: IntoVal<soroban_sdk::Env, Val>>(f: &Fixture, value: T) -> Val {
    value.into_val(&f.env)
}

/// One call simulated on one escrow, and its footprint.
#[derive(Clone, Debug)]
pub struct Simulated {
    pub call: &'static str,
    /// The escrow the call is on; `None` for a call on the contract as a whole.
    pub escrow: Option<u64>,
    pub footprint: Footprint,
}

/// Two escrows, `a` and `b`, set up alike with the same parties and token, with milestones in
/// every status a call needs, and every entry point simulated on each; creation, `claimable`,
/// `admin`, `set_admin`, a `withdraw` of a credit made by a third escrow, and `upgrade` once.
pub fn every_footprint(bench: &crate::Bench) -> StdVec<Simulated> {
    use escrow::{testutils::DAY, MilestoneStatus, Role};
    let f = &bench.f;
    let c = f.client.mock_all_auths();
    let p = &f.parties;
    let amount = crate::MILESTONE_AMOUNT;
    let escrows: StdVec<u64> = (0..2)
        .map(|_| {
            let id = c.create_escrow(&bench.typical_escrow(10));
            f.usdc.mint(&p.approver, 8 * amount);
            c.fund_escrow(&id, &p.approver, &(8 * amount));
            bench.submit(id, 5);
            bench.submit(id, 6);
            c.dispute_milestone(&id, &6, &p.approver, &f.text("late and incomplete"));
            id
        })
        .collect();
    // Past the review and resolution periods, and milestone 0's deadline.
    f.advance_time(20 * DAY);
    for &id in &escrows {
        bench.submit(id, 1);
        bench.submit(id, 2);
        bench.approve(id, 2);
        bench.submit(id, 3);
        c.dispute_milestone(&id, &3, &p.approver, &f.text("changes refused"));
        bench.submit(id, 4);
    }
    // A credit for `withdraw`: a payout to the frozen receiver of a third escrow.
    let third = c.create_escrow(&bench.typical_escrow(1));
    f.usdc.mint(&p.approver, amount);
    c.fund_escrow(&third, &p.approver, &amount);
    bench.submit(third, 0);
    bench.approve(third, 0);
    f.usdc.freeze(&p.receiver);
    bench.release(third, 0);
    f.usdc.unfreeze(&p.receiver);
    let new_code = f
        .env
        .deployer()
        .upload_contract_wasm(escrow::testutils::shipped_wasm().as_slice());
    // What the simulated deposits spend.
    f.usdc.mint(&p.approver, 2 * amount);
    let mut all = StdVec::new();
    let mut run = |call: &'static str, escrow: Option<u64>, args: StdVec<Val>| {
        all.push(Simulated {
            call,
            escrow,
            footprint: simulate(f, call, args),
        });
    };
    let new_address = p.outsider.clone();
    for &id in &escrows {
        let on = Some(id);
        run(
            "fund_escrow",
            on,
            std::vec![arg(f, id), arg(f, &p.approver), arg(f, amount)],
        );
        let evidence = Some(f.text("ipfs://late-delivery"));
        run(
            "change_milestone_status",
            on,
            std::vec![
                arg(f, id),
                arg(f, 0u32),
                arg(f, MilestoneStatus::ForReview),
                arg(f, evidence.clone()),
                arg(f, evidence),
            ],
        );
        let notes: Option<soroban_sdk::String> = Some(f.text("please add tests"));
        run(
            "request_changes",
            on,
            std::vec![arg(f, id), arg(f, 1u32), arg(f, notes)],
        );
        run("approve_milestone", on, std::vec![arg(f, id), arg(f, 1u32)]);
        run(
            "dispute_milestone",
            on,
            std::vec![
                arg(f, id),
                arg(f, 1u32),
                arg(f, &p.approver),
                arg(f, f.text("no"))
            ],
        );
        run("release_milestone", on, std::vec![arg(f, id), arg(f, 2u32)]);
        run(
            "resolve_dispute",
            on,
            std::vec![arg(f, id), arg(f, 3u32), arg(f, amount / 2)],
        );
        run(
            "settle_milestone",
            on,
            std::vec![arg(f, id), arg(f, 4u32), arg(f, amount / 2)],
        );
        run("claim_milestone", on, std::vec![arg(f, id), arg(f, 5u32)]);
        run(
            "expire_dispute",
            on,
            std::vec![arg(f, id), arg(f, 6u32), arg(f, &p.service_provider)],
        );
        run("cancel_milestone", on, std::vec![arg(f, id), arg(f, 0u32)]);
        run(
            "approve_and_release",
            on,
            std::vec![arg(f, id), arg(f, soroban_sdk::vec![&f.env, 1u32, 2])],
        );
        run(
            "add_milestones",
            on,
            std::vec![arg(f, id), arg(f, bench.typical_milestones(1))],
        );
        run(
            "transfer_role",
            on,
            std::vec![
                arg(f, id),
                arg(f, Role::ReleaseSigner),
                arg(f, &new_address)
            ],
        );
        run("extend_ttl", on, std::vec![arg(f, id)]);
        run("get_escrow", on, std::vec![arg(f, id)]);
        run("get_milestone", on, std::vec![arg(f, id), arg(f, 1u32)]);
        run("get_milestones", on, std::vec![arg(f, id)]);
    }
    run(
        "create_escrow",
        None,
        std::vec![arg(f, bench.typical_escrow(10))],
    );
    run(
        "claimable",
        None,
        std::vec![arg(f, &p.receiver), arg(f, &f.usdc.address)],
    );
    run("admin", None, std::vec![]);
    run("set_admin", None, std::vec![arg(f, &new_address)]);
    run(
        "withdraw",
        None,
        std::vec![arg(f, &p.receiver), arg(f, &f.usdc.address)],
    );
    run("upgrade", None, std::vec![arg(f, new_code)]);
    all
}
