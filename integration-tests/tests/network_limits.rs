//! Sizes a real network enforces, measured on the shipped wasm with every text at its cap: what the reads return, what `create_escrow` at `MAX_MILESTONES` writes and weighs as a transaction, the largest `add_milestones` signed by three accounts, what a deposit backing every milestone writes, and the events of the largest `approve_and_release`.

use escrow::{
    testutils::{Fixture, DEADLINE_STEP, FEE_BPS},
    Error, NewEscrow, NewMilestone, MAX_ADD_BATCH, MAX_MILESTONES, MAX_RELEASE_BATCH,
};
use escrow_bench::footprint::{arg, simulate_submitted_by, Submitter};
use soroban_sdk::{
    testutils::Events as _,
    xdr::{self, Limits, WriteXdr},
    Address, IntoVal, TryFromVal, Val, Vec,
};

/// Mainnet's limit on a transaction's contract events and return value together, in bytes
/// (`txMaxContractEventsSizeBytes`); the test host enforces it on the events alone.
const EVENTS_AND_RETURN_LIMIT: usize = 16_384;
/// Mainnet's per-transaction write limits: entries and bytes.
const WRITE_ENTRIES_LIMIT: u32 = 200;
const WRITE_BYTES_LIMIT: u32 = 132_096;
/// Mainnet's limit on the size of a transaction (`txMaxSizeBytes`).
const TRANSACTION_SIZE_LIMIT: usize = 132_096;

/// The byte caps of SPEC.md.
const ENGAGEMENT_ID_CAP: u32 = 64;
const TITLE_CAP: u32 = 128;
const DESCRIPTION_CAP: u32 = 1_024;
const MILESTONE_DESCRIPTION_CAP: u32 = 512;
const EVIDENCE_CAP: u32 = 512;
const NOTES_CAP: u32 = 1_024;

/// The size of `value` encoded as an `ScVal` in XDR, as a transaction carries it.
fn xdr_len<T: IntoVal<soroban_sdk::Env, Val>>(f: &Fixture, value: T) -> usize {
    scval(f, value).to_xdr(Limits::none()).unwrap().len()
}

fn scval<T: IntoVal<soroban_sdk::Env, Val>>(f: &Fixture, value: T) -> xdr::ScVal {
    let value: Val = value.into_val(&f.env);
    xdr::ScVal::try_from_val(&f.env, &value).unwrap()
}

/// A new escrow with every text at its cap and `count` milestones of `amount`, each paying
/// `receiver` when given (an address costs more bytes than `None`).
fn capped_escrow(f: &Fixture, count: u32, amount: i128, receiver: Option<&Address>) -> NewEscrow {
    let mut new = f.new_escrow(&[]);
    new.engagement_id = f.text_of_len(ENGAGEMENT_ID_CAP);
    new.title = f.text_of_len(TITLE_CAP);
    new.description = f.text_of_len(DESCRIPTION_CAP);
    new.milestones = capped_milestones(f, count, amount, receiver);
    new
}

/// `count` new milestones of `amount` with their descriptions at the cap, each paying
/// `receiver` when given.
fn capped_milestones(
    f: &Fixture,
    count: u32,
    amount: i128,
    receiver: Option<&Address>,
) -> Vec<NewMilestone> {
    let mut milestones = Vec::new(&f.env);
    for i in 0..count {
        milestones.push_back(NewMilestone {
            description: f.text_of_len(MILESTONE_DESCRIPTION_CAP),
            amount,
            deadline: f.now() + (i as u64 + 1) * DEADLINE_STEP,
            receiver: receiver.cloned(),
        });
    }
    milestones
}

/// Delivers milestones `indices` of escrow `id` with evidence and notes at their caps.
fn deliver_at_caps(f: &Fixture, id: u64, indices: core::ops::Range<u32>) {
    let c = f.client.mock_all_auths();
    for index in indices {
        c.change_milestone_status(
            &id,
            &index,
            &escrow::MilestoneStatus::ForReview,
            &Some(f.text_of_len(EVIDENCE_CAP)),
            &Some(f.text_of_len(NOTES_CAP)),
        );
    }
}

/// A `MAX_MILESTONES` escrow with every text at its cap, every milestone delivered with
/// evidence and notes at their caps.
fn full_escrow_at_caps(f: &Fixture) -> u64 {
    let receiver = f.parties.outsider.clone();
    let id = f.create(&capped_escrow(
        f,
        MAX_MILESTONES,
        i128::MAX / MAX_MILESTONES as i128,
        Some(&receiver),
    ));
    deliver_at_caps(f, id, 0..MAX_MILESTONES);
    id
}

#[test]
fn get_escrow_and_get_milestone_return_less_than_the_events_limit_at_the_caps() {
    let f = Fixture::wasm();
    let id = full_escrow_at_caps(&f);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(escrow.description.len(), DESCRIPTION_CAP);
    let escrow_size = xdr_len(&f, escrow);
    let mut largest_milestone = 0;
    for index in [0, MAX_MILESTONES - 1] {
        let milestone = f.client.get_milestone(&id, &index);
        assert_eq!(milestone.notes.as_ref().map(|n| n.len()), Some(NOTES_CAP));
        assert_eq!(
            milestone.evidence.as_ref().map(|e| e.len()),
            Some(EVIDENCE_CAP)
        );
        largest_milestone = largest_milestone.max(xdr_len(&f, milestone));
    }
    println!(
        "get_escrow at the caps returns {escrow_size} bytes of XDR, get_milestone \
         {largest_milestone} bytes (limit {EVENTS_AND_RETURN_LIMIT})"
    );
    // Read-only calls publish no events: the return value has the whole limit.
    assert!(escrow_size < EVENTS_AND_RETURN_LIMIT, "{escrow_size}");
    assert!(
        largest_milestone < EVENTS_AND_RETURN_LIMIT,
        "{largest_milestone}"
    );
    // Both with room to spare: under a quarter of the limit.
    assert!(escrow_size < EVENTS_AND_RETURN_LIMIT / 4, "{escrow_size}");
    assert!(
        largest_milestone < EVENTS_AND_RETURN_LIMIT / 4,
        "{largest_milestone}"
    );
}

#[test]
fn get_milestones_of_a_full_escrow_at_the_caps_is_far_over_the_limit_and_is_for_simulation() {
    let f = Fixture::wasm();
    let id = full_escrow_at_caps(&f);
    let milestones = f.client.get_milestones(&id);
    assert_eq!(milestones.len(), MAX_MILESTONES);
    let one = xdr_len(&f, milestones.get(0).unwrap());
    let all = xdr_len(&f, milestones);
    println!(
        "get_milestones of {MAX_MILESTONES} milestones at the caps returns {all} bytes of XDR \
         ({one} per milestone; limit {EVENTS_AND_RETURN_LIMIT})"
    );
    // The list is its milestones, all the same size at the caps, plus the vector's header
    // (ScVal discriminant, option flag, length).
    assert_eq!(all, 12 + MAX_MILESTONES as usize * one);
    // SPEC.md: about 2.4 KB per milestone at the caps.
    assert!((2_200..2_600).contains(&one), "{one}");
    assert!(all > 6 * EVENTS_AND_RETURN_LIMIT, "{all}");
    // The most milestones one call could return on mainnet.
    let fitting = (EVENTS_AND_RETURN_LIMIT - 12) / one;
    println!("at most {fitting} milestones at the caps fit in one returned list");
    assert!(fitting < MAX_MILESTONES as usize);
}

/// The keys of the escrow contract's own storage entries (not its instance).
fn contract_data_keys(f: &Fixture) -> std::collections::BTreeSet<xdr::LedgerKey> {
    let contract = xdr::ScAddress::from(&f.contract);
    f.env
        .to_ledger_snapshot()
        .ledger_entries
        .iter()
        .map(|(key, _)| key.as_ref().clone())
        .filter(|key| {
            matches!(key, xdr::LedgerKey::ContractData(data)
                if data.contract == contract && data.key != xdr::ScVal::LedgerKeyContractInstance)
        })
        .collect()
}

/// The transaction a client would submit for `create_escrow(argument)`: the invocation, the
/// platform's authorization of it (which repeats the arguments), a signature, and the
/// footprint of every entry the call reads or writes.
fn create_escrow_transaction(
    f: &Fixture,
    argument: &xdr::ScVal,
    footprint: xdr::LedgerFootprint,
) -> xdr::TransactionEnvelope {
    let invocation = xdr::InvokeContractArgs {
        contract_address: xdr::ScAddress::from(&f.contract),
        function_name: xdr::ScSymbol("create_escrow".try_into().unwrap()),
        args: [argument.clone()].to_vec().try_into().unwrap(),
    };
    // The platform signs with its own key (not as the transaction's source account), the
    // larger of the two forms: the signature is an account's `{public_key, signature}`.
    let signature = xdr::ScVal::Vec(Some(
        [xdr::ScVal::Map(Some(
            [
                xdr::ScMapEntry {
                    key: xdr::ScVal::Symbol("public_key".try_into().unwrap()),
                    val: xdr::ScVal::Bytes([0u8; 32].to_vec().try_into().unwrap()),
                },
                xdr::ScMapEntry {
                    key: xdr::ScVal::Symbol("signature".try_into().unwrap()),
                    val: xdr::ScVal::Bytes([0u8; 64].to_vec().try_into().unwrap()),
                },
            ]
            .to_vec()
            .try_into()
            .unwrap(),
        ))]
        .to_vec()
        .try_into()
        .unwrap(),
    ));
    let auth = xdr::SorobanAuthorizationEntry {
        credentials: xdr::SorobanCredentials::Address(xdr::SorobanAddressCredentials {
            address: xdr::ScAddress::from(&f.parties.platform),
            nonce: i64::MAX,
            signature_expiration_ledger: u32::MAX,
            signature,
        }),
        root_invocation: xdr::SorobanAuthorizedInvocation {
            function: xdr::SorobanAuthorizedFunction::ContractFn(invocation.clone()),
            sub_invocations: Default::default(),
        },
    };
    let operation = xdr::Operation {
        source_account: None,
        body: xdr::OperationBody::InvokeHostFunction(xdr::InvokeHostFunctionOp {
            host_function: xdr::HostFunction::InvokeContract(invocation),
            auth: [auth].to_vec().try_into().unwrap(),
        }),
    };
    let tx = xdr::Transaction {
        source_account: xdr::MuxedAccount::Ed25519(xdr::Uint256([0; 32])),
        fee: u32::MAX,
        seq_num: xdr::SequenceNumber(i64::MAX),
        cond: xdr::Preconditions::None,
        memo: xdr::Memo::None,
        operations: [operation].to_vec().try_into().unwrap(),
        ext: xdr::TransactionExt::V1(xdr::SorobanTransactionData {
            ext: xdr::SorobanTransactionDataExt::V0,
            resources: xdr::SorobanResources {
                footprint,
                instructions: u32::MAX,
                disk_read_bytes: u32::MAX,
                write_bytes: u32::MAX,
            },
            resource_fee: i64::MAX,
        }),
    };
    xdr::TransactionEnvelope::Tx(xdr::TransactionV1Envelope {
        tx,
        signatures: [xdr::DecoratedSignature {
            hint: xdr::SignatureHint([0; 4]),
            signature: xdr::Signature([0u8; 64].to_vec().try_into().unwrap()),
        }]
        .to_vec()
        .try_into()
        .unwrap(),
    })
}

/// The footprint of a call that touched the escrow contract's entries: the contract's code and
/// instance read, and every other entry of the contract (its storage) written.
fn escrow_contract_footprint(f: &Fixture) -> xdr::LedgerFootprint {
    let contract = xdr::ScAddress::from(&f.contract);
    let mut read_only = std::vec::Vec::new();
    let mut read_write = std::vec::Vec::new();
    for (key, _) in &f.env.to_ledger_snapshot().ledger_entries {
        match key.as_ref() {
            xdr::LedgerKey::ContractCode(_) => read_only.push(key.as_ref().clone()),
            xdr::LedgerKey::ContractData(data) if data.contract == contract => {
                if data.key == xdr::ScVal::LedgerKeyContractInstance {
                    read_only.push(key.as_ref().clone());
                } else {
                    read_write.push(key.as_ref().clone());
                }
            }
            _ => {}
        }
    }
    xdr::LedgerFootprint {
        read_only: read_only.try_into().unwrap(),
        read_write: read_write.try_into().unwrap(),
    }
}

#[test]
fn create_escrow_at_the_maximum_with_every_text_at_its_cap_fits_mainnet_limits() {
    // The fixture's host enforces mainnet's per-invocation limits (write entries and bytes,
    // events, instructions, memory, entry sizes): a call beyond them panics.
    let f = Fixture::wasm();
    let receiver = f.parties.outsider.clone();
    let new = capped_escrow(
        &f,
        MAX_MILESTONES,
        i128::MAX / MAX_MILESTONES as i128,
        Some(&receiver),
    );
    let argument = scval(&f, new.clone());
    let argument_size = argument.to_xdr(Limits::none()).unwrap().len();

    let before = contract_data_keys(&f);
    let id = f.create(&new);
    assert_eq!(id, 1);
    let resources = f.env.cost_estimate().resources();
    let created = contract_data_keys(&f).difference(&before).count() as u32;

    // The escrow's own entries (at least two per milestone), the escrow counter, and the
    // platform's signature nonce (none when the platform is the transaction's source).
    assert!(created > 2 * MAX_MILESTONES, "{created}");
    assert_eq!(resources.write_entries, created + 1 + 1);
    assert!(resources.write_entries <= WRITE_ENTRIES_LIMIT);
    assert!(
        resources.write_bytes < WRITE_BYTES_LIMIT * 3 / 4,
        "{}",
        resources.write_bytes
    );
    assert!(
        resources.instructions < 400_000_000 / 4,
        "{}",
        resources.instructions
    );

    // The transaction: the arguments twice (invocation and authorization) and the footprint.
    let footprint = escrow_contract_footprint(&f);
    assert_eq!(
        footprint.read_write.len() as u32,
        created + 1,
        "the escrow's entries and the counter"
    );
    let envelope = create_escrow_transaction(&f, &argument, footprint);
    let transaction_size = envelope.to_xdr(Limits::none()).unwrap().len();
    println!(
        "create_escrow of {MAX_MILESTONES} milestones at the caps: {} entries ({created} of the \
         escrow) and {} bytes written (limits {WRITE_ENTRIES_LIMIT} / {WRITE_BYTES_LIMIT}), {} instructions, {} bytes \
         of memory; {argument_size} bytes of arguments, a transaction of {transaction_size} \
         bytes (limit {TRANSACTION_SIZE_LIMIT})",
        resources.write_entries,
        resources.write_bytes,
        resources.instructions,
        resources.mem_bytes,
    );
    assert!(transaction_size > 2 * argument_size);
    assert!(
        transaction_size < TRANSACTION_SIZE_LIMIT * 3 / 4,
        "{transaction_size}"
    );

    // One more milestone is refused before anything is written.
    let mut over = new.clone();
    over.milestones.push_back(new.milestones.get(0).unwrap());
    f.assert_refused(Error::TooManyMilestones, || {
        f.client.mock_all_auths().try_create_escrow(&over)
    });
}

/// The size of the transaction that appends `count` milestones at the caps to a new escrow
/// of one milestone, as simulation records it and a fee sponsor submits it: the platform, the
/// approver and the service provider each sign an authorization entry that repeats the list.
fn add_milestones_transaction_size(count: u32) -> usize {
    let f = Fixture::wasm();
    let p = &f.parties;
    let receiver = p.outsider.clone();
    let amount = 1_000_0000000;
    let id = f.create(&capped_escrow(&f, 1, amount, Some(&receiver)));
    let signers = [&p.platform, &p.approver, &p.service_provider];
    assert!(signers
        .iter()
        .enumerate()
        .all(|(i, a)| !signers[..i].contains(a)));
    let milestones = capped_milestones(&f, count, amount, Some(&receiver));
    let args = std::vec![arg(&f, id), arg(&f, milestones.clone())];
    let size =
        simulate_submitted_by(&f, "add_milestones", args, Submitter::Sponsor).transaction_bytes;
    // The call itself runs within mainnet's per-invocation limits, which the fixture's host
    // enforces.
    f.client.mock_all_auths().add_milestones(&id, &milestones);
    assert_eq!(f.client.get_escrow(&id).milestone_count, 1 + count);
    size
}

#[test]
fn add_milestones_at_the_per_call_maximum_signed_by_three_accounts_fits_the_transaction_limit() {
    let largest = add_milestones_transaction_size(MAX_ADD_BATCH);
    let smaller = add_milestones_transaction_size(MAX_ADD_BATCH - 10);
    let per_milestone = (largest - smaller) / 10;
    let fitting = MAX_ADD_BATCH as usize + (TRANSACTION_SIZE_LIMIT - largest) / per_milestone;
    let margin = TRANSACTION_SIZE_LIMIT - largest;
    println!(
        "add_milestones of {MAX_ADD_BATCH} milestones at the caps, three signers and a sponsor: \
         a transaction of {largest} bytes ({per_milestone} per milestone; limit \
         {TRANSACTION_SIZE_LIMIT}, {margin} bytes to spare); at most {fitting} would fit"
    );
    // Four copies of each milestone: the invocation and three authorization entries.
    assert!(per_milestone > 4 * MILESTONE_DESCRIPTION_CAP as usize);
    // A margin of a tenth of the limit: room for larger signatures than an ed25519 account's
    // (a passkey's WebAuthn data, a multisig's several).
    assert!(
        largest <= TRANSACTION_SIZE_LIMIT * 9 / 10,
        "{largest} bytes for {MAX_ADD_BATCH} milestones"
    );
}

#[test]
fn one_milestone_more_than_the_per_call_maximum_is_too_many() {
    let f = Fixture::wasm();
    let amount = 1_000_0000000;
    let id = f.create(&capped_escrow(&f, 1, amount, None));
    let over = capped_milestones(&f, MAX_ADD_BATCH + 1, amount, None);
    f.assert_refused(Error::TooManyMilestones, || {
        f.client.mock_all_auths().try_add_milestones(&id, &over)
    });
    // The rest of the escrow's room, in two calls.
    let c = f.client.mock_all_auths();
    c.add_milestones(&id, &capped_milestones(&f, MAX_ADD_BATCH, amount, None));
    let rest = MAX_MILESTONES - 1 - MAX_ADD_BATCH;
    c.add_milestones(&id, &capped_milestones(&f, rest, amount, None));
    assert_eq!(f.client.get_escrow(&id).milestone_count, MAX_MILESTONES);
}

#[test]
fn one_deposit_backing_every_milestone_writes_a_few_small_entries() {
    let f = Fixture::wasm();
    let amount = 1_000_0000000;
    let id = f.create(&capped_escrow(&f, MAX_MILESTONES, amount, None));
    let total = amount * MAX_MILESTONES as i128;
    f.usdc.mint(&f.parties.approver, total);
    f.client
        .mock_all_auths()
        .fund_escrow(&id, &f.parties.approver, &total);
    let resources = f.env.cost_estimate().resources();
    println!(
        "fund_escrow backing {MAX_MILESTONES} milestones: {} entries and {} bytes written, {} \
         entries read, {} instructions",
        resources.write_entries,
        resources.write_bytes,
        resources.memory_read_entries,
        resources.instructions,
    );
    // The escrow's accounts, the funder's and the contract's token balances, the funder's
    // signature nonce: never the milestones.
    assert!(resources.write_entries <= 5, "{}", resources.write_entries);
    assert!(resources.write_bytes <= 2_048, "{}", resources.write_bytes);
    let milestones = f.client.get_milestones(&id);
    assert!(milestones.iter().all(|m| m.held == amount));
    f.assert_tokens_accounted();
}

/// How the payees of a batch are set up.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Payees {
    /// The receiver and the platform frozen: both payments of every milestone credited.
    Frozen,
    /// The receiver, the platform and the release signer classic `G…` accounts (whose
    /// addresses are the longer form in XDR), the first two with no trustline: every payment
    /// credited. The largest events a batch can publish.
    ClassicWithoutTrustline,
    /// Every payment made: the token publishes its transfers instead of the credits.
    Paid,
}

/// The events of an `approve_and_release` of `count` milestones at the caps, each delivered
/// with evidence and notes at their caps: their size in bytes as the host meters them, and
/// their number.
fn approve_and_release_events(count: u32, payees: Payees) -> (u32, usize) {
    let f = Fixture::wasm();
    let p = &f.parties;
    let amount = 1_000_0000000;
    let mut new = capped_escrow(&f, count, amount, None);
    if payees == Payees::ClassicWithoutTrustline {
        new.roles.receiver = f.classic_account();
        new.roles.platform = f.classic_account();
        new.roles.release_signer = f.classic_account();
    }
    let id = f.create(&new);
    f.fund(id, amount * count as i128);
    deliver_at_caps(&f, id, 0..count);
    if payees == Payees::Frozen {
        f.usdc.freeze(&p.receiver);
        f.usdc.freeze(&p.platform);
    }
    let indices = Vec::from_iter(&f.env, 0..count);
    f.client.mock_all_auths().approve_and_release(&id, &indices);
    let resources = f.env.cost_estimate().resources();
    let published = f.env.events().all().events().len();

    let fee = amount * FEE_BPS as i128 / 10_000;
    let (receiver_credit, platform_credit) = match payees {
        Payees::Paid => (0, 0),
        _ => (count as i128 * (amount - fee), count as i128 * fee),
    };
    let token = &f.usdc.address;
    assert_eq!(
        f.client.claimable(&new.roles.receiver, token),
        receiver_credit
    );
    assert_eq!(
        f.client.claimable(&new.roles.platform, token),
        platform_credit
    );
    assert_eq!(
        f.usdc.balance(&f.contract),
        receiver_credit + platform_credit
    );
    (resources.contract_events_size_bytes, published)
}

#[test]
fn the_largest_approve_and_release_at_the_caps_fits_the_events_limit() {
    // `approve_and_release` returns nothing: a `Void` of 4 bytes counts against the limit.
    let returned = xdr_len(&Fixture::wasm(), ());
    assert_eq!(returned, 4);
    let mut report = std::vec::Vec::new();
    let mut largest_per_milestone = 0;
    for payees in [
        Payees::Frozen,
        Payees::ClassicWithoutTrustline,
        Payees::Paid,
    ] {
        let (one, _) = approve_and_release_events(1, payees);
        let (batch, published) = approve_and_release_events(MAX_RELEASE_BATCH, payees);
        // Per milestone: MilestoneUpdated, MilestoneReleased and either two PaymentCredited
        // or the token's two transfers.
        assert_eq!(published, 4 * MAX_RELEASE_BATCH as usize, "{payees:?}");
        // Every milestone publishes the same bytes, and nothing else is published.
        let per_milestone = one as usize;
        assert_eq!(batch as usize, MAX_RELEASE_BATCH as usize * per_milestone);
        largest_per_milestone = largest_per_milestone.max(per_milestone);
        report.push(format!(
            "{payees:?}: {batch} bytes of events for {MAX_RELEASE_BATCH} milestones \
             ({per_milestone} per milestone)"
        ));
        assert!(
            batch as usize + returned <= EVENTS_AND_RETURN_LIMIT,
            "{payees:?}: {batch} bytes of events"
        );
    }
    let most = (EVENTS_AND_RETURN_LIMIT - returned) / largest_per_milestone;
    let margin =
        EVENTS_AND_RETURN_LIMIT - returned - MAX_RELEASE_BATCH as usize * largest_per_milestone;
    println!(
        "approve_and_release at the caps: {}; at most {most} milestones fit in \
         {EVENTS_AND_RETURN_LIMIT} bytes with the {returned}-byte return value; \
         MAX_RELEASE_BATCH = {MAX_RELEASE_BATCH} leaves {margin} bytes",
        report.join("; ")
    );
    // The credited case with the longer addresses is the largest.
    assert!(most >= MAX_RELEASE_BATCH as usize);
}

#[test]
fn one_milestone_more_than_the_batch_maximum_is_too_many() {
    let f = Fixture::wasm();
    let count = MAX_RELEASE_BATCH + 1;
    let amount = 1_000_0000000;
    let id = f.create(&capped_escrow(&f, count, amount, None));
    f.fund(id, amount * count as i128);
    deliver_at_caps(&f, id, 0..count);
    f.usdc.freeze(&f.parties.receiver);
    f.usdc.freeze(&f.parties.platform);
    let c = f.client.mock_all_auths();
    let indices = Vec::from_iter(&f.env, 0..count);
    f.assert_refused(Error::TooManyMilestones, || {
        c.try_approve_and_release(&id, &indices)
    });
    // The maximum itself goes through, and the one left is paid alone.
    c.approve_and_release(&id, &Vec::from_iter(&f.env, 0..MAX_RELEASE_BATCH));
    c.approve_and_release(&id, &soroban_sdk::vec![&f.env, MAX_RELEASE_BATCH]);
    let escrow = f.client.get_escrow(&id);
    assert_eq!(
        (escrow.open_amount, escrow.funded - escrow.paid_out),
        (0, 0)
    );
    f.assert_tokens_accounted();
}
