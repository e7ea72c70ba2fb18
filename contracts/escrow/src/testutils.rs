//! A test fixture on the real Soroban host: the escrow contract (native, or the shipped
//! optimized wasm registered from its bytes), two Stellar Asset Contract tokens, every party
//! of an escrow and an outsider, and mainnet-like ledger settings.
//!
//! Used by the unit tests, the wasm test suite and the demo; built only with the `testutils`
//! feature, never into the contract.
#![allow(missing_docs)]

extern crate std;

use std::{path::PathBuf, rc::Rc, vec::Vec as StdVec};

use soroban_sdk::{
    testutils::{
        Address as _, AuthorizedFunction, AuthorizedInvocation, EnvTestConfig, IssuerFlags, Ledger,
        LedgerInfo, MockAuth, MockAuthInvoke,
    },
    token::{StellarAssetClient, TokenClient},
    xdr, Address, Env, String, Symbol, TryFromVal, Val, Vec,
};

use crate::{
    Error, Escrow, EscrowContract, EscrowContractClient, Milestone, MilestoneStatus, NewEscrow,
    NewMilestone, Roles,
};

/// Mainnet's minimum persistent time to live: 120 days of ledgers.
pub const MAINNET_MIN_PERSISTENT_TTL: u32 = 2_073_600;
/// Mainnet's minimum temporary time to live: one day of ledgers.
pub const MAINNET_MIN_TEMP_TTL: u32 = 17_280;
/// Mainnet's maximum time to live: 180 days of ledgers.
pub const MAINNET_MAX_TTL: u32 = 3_110_400;
/// The ledger every fixture starts at.
pub const START_LEDGER: u32 = 1_000_000;
/// The ledger timestamp every fixture starts at (2026-11-23T00:00:00Z).
pub const START_TIMESTAMP: u64 = 1_795_392_000;
/// One day, in seconds.
pub const DAY: u64 = 86_400;
/// The fixture's review period: 7 days.
pub const REVIEW_PERIOD: u64 = 7 * DAY;
/// The fixture's resolution period: 14 days.
pub const RESOLUTION_PERIOD: u64 = 14 * DAY;
/// The fixture's fallback share of a contested delivery: 50 %.
pub const FALLBACK_RECEIVER_BPS: u32 = 5_000;
/// The fixture's platform fee: 2.5 %.
pub const FEE_BPS: u32 = 250;
/// How long after their creation the fixture's milestones are due: milestone `i` at
/// `(i + 1) × DEADLINE_STEP` seconds.
pub const DEADLINE_STEP: u64 = 30 * DAY;

/// Where `stellar contract build` leaves the optimized contract, unless `ESCROW_WASM` says
/// otherwise.
pub fn shipped_wasm_path() -> PathBuf {
    if let Some(path) = std::env::var_os("ESCROW_WASM") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("wasm32v1-none/release/escrow.wasm")
}

/// The bytes of the shipped optimized wasm.
pub fn shipped_wasm() -> StdVec<u8> {
    let path = shipped_wasm_path();
    std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the contract wasm at {}: {e}; build it first with `make build`",
            path.display()
        )
    })
}

/// A Stellar Asset Contract token and its admin client. Its issuer may revoke authorization
/// (`AUTH_REVOCABLE`), so balances can be frozen.
pub struct Token<'a> {
    pub address: Address,
    pub client: TokenClient<'a>,
    pub admin: StellarAssetClient<'a>,
    /// The classic asset the contract wraps (for trustlines).
    pub asset: xdr::Asset,
}

impl<'a> Token<'a> {
    fn new(env: &Env) -> Self {
        let issuer = Address::generate(env);
        let sac = env.register_stellar_asset_contract_v2(issuer);
        sac.issuer().set_flag(IssuerFlags::RevocableFlag);
        let address = sac.address();
        Token {
            client: TokenClient::new(env, &address),
            admin: StellarAssetClient::new(env, &address),
            asset: sac.asset(),
            address,
        }
    }

    pub fn balance(&self, who: &Address) -> i128 {
        self.client.balance(who)
    }

    /// Mints `amount` to `to` (the issuer's signature is mocked for this call only).
    pub fn mint(&self, to: &Address, amount: i128) {
        self.admin.mock_all_auths().mint(to, &amount);
    }

    /// Freezes `who`'s balance (`set_authorized(who, false)`): the token then refuses every
    /// transfer to or from it.
    pub fn freeze(&self, who: &Address) {
        self.admin.mock_all_auths().set_authorized(who, &false);
    }

    /// Unfreezes `who`'s balance.
    pub fn unfreeze(&self, who: &Address) {
        self.admin.mock_all_auths().set_authorized(who, &true);
    }

    /// Opens an authorized trustline to this token for the classic account `account` (see
    /// [`Fixture::classic_account`]), so it can receive the token.
    pub fn open_trustline(&self, env: &Env, account: &Address) {
        let account_id = account_id_of(account);
        let asset = match &self.asset {
            xdr::Asset::CreditAlphanum4(a) => xdr::TrustLineAsset::CreditAlphanum4(a.clone()),
            xdr::Asset::CreditAlphanum12(a) => xdr::TrustLineAsset::CreditAlphanum12(a.clone()),
            xdr::Asset::Native => panic!("native XLM needs no trustline"),
        };
        let key = xdr::LedgerKey::Trustline(xdr::LedgerKeyTrustLine {
            account_id: account_id.clone(),
            asset: asset.clone(),
        });
        let entry = xdr::LedgerEntry {
            last_modified_ledger_seq: 0,
            data: xdr::LedgerEntryData::Trustline(xdr::TrustLineEntry {
                account_id,
                asset,
                balance: 0,
                limit: i64::MAX,
                flags: xdr::TrustLineFlags::AuthorizedFlag as u32,
                ext: xdr::TrustLineEntryExt::V0,
            }),
            ext: xdr::LedgerEntryExt::V0,
        };
        env.host()
            .add_ledger_entry(&Rc::new(key), &Rc::new(entry), None)
            .expect("trustline stored");
    }
}

/// The classic account id of a `G…` address.
fn account_id_of(account: &Address) -> xdr::AccountId {
    match xdr::ScAddress::from(account) {
        xdr::ScAddress::Account(id) => id,
        other => panic!("{other:?} is not a classic account"),
    }
}

/// Everybody who can call the contract.
#[derive(Clone)]
pub struct Parties {
    pub admin: Address,
    pub platform: Address,
    /// Alice, the client.
    pub approver: Address,
    /// Bob, the provider.
    pub service_provider: Address,
    pub release_signer: Address,
    pub dispute_resolver: Address,
    pub receiver: Address,
    /// Someone with no role.
    pub outsider: Address,
}

impl Parties {
    fn generate(env: &Env) -> Self {
        Parties {
            admin: Address::generate(env),
            platform: Address::generate(env),
            approver: Address::generate(env),
            service_provider: Address::generate(env),
            release_signer: Address::generate(env),
            dispute_resolver: Address::generate(env),
            receiver: Address::generate(env),
            outsider: Address::generate(env),
        }
    }

    pub fn roles(&self) -> Roles {
        Roles {
            approver: self.approver.clone(),
            service_provider: self.service_provider.clone(),
            platform: self.platform.clone(),
            release_signer: self.release_signer.clone(),
            dispute_resolver: self.dispute_resolver.clone(),
            receiver: self.receiver.clone(),
        }
    }

    /// Every party and the outsider, named, for tests that try each of them.
    pub fn all(&self) -> [(&'static str, Address); 8] {
        [
            ("admin", self.admin.clone()),
            ("platform", self.platform.clone()),
            ("approver", self.approver.clone()),
            ("service_provider", self.service_provider.clone()),
            ("release_signer", self.release_signer.clone()),
            ("dispute_resolver", self.dispute_resolver.clone()),
            ("receiver", self.receiver.clone()),
            ("outsider", self.outsider.clone()),
        ]
    }
}

/// Everything a call could change: every escrow with its milestones, the balance of every
/// party and of the contract in both tokens, and what is credited to every party in both.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub escrows: StdVec<(Escrow, StdVec<Milestone>)>,
    pub balances: StdVec<i128>,
    pub credits: StdVec<i128>,
}

/// The host, the contract, two tokens and the parties.
pub struct Fixture<'a> {
    pub env: Env,
    pub contract: Address,
    pub client: EscrowContractClient<'a>,
    /// The escrows' usual token (a SAC standing for USDC).
    pub usdc: Token<'a>,
    /// A second SAC token, for escrows side by side in two currencies.
    pub eurc: Token<'a>,
    pub parties: Parties,
}

impl<'a> Fixture<'a> {
    /// The contract compiled natively (fast; for unit tests and coverage).
    pub fn native() -> Self {
        Self::build(|env, admin| env.register(EscrowContract, (admin.clone(),)))
    }

    /// The shipped optimized wasm, registered in the host from its bytes.
    pub fn wasm() -> Self {
        let wasm = shipped_wasm();
        Self::build(|env, admin| env.register(wasm.as_slice(), (admin.clone(),)))
    }

    fn build(register: impl FnOnce(&Env, &Address) -> Address) -> Self {
        // No test snapshot files: the tests assert what matters themselves.
        let env = Env::new_with_config(EnvTestConfig {
            capture_snapshot_at_drop: false,
        });
        env.ledger().set(LedgerInfo {
            protocol_version: 28,
            sequence_number: START_LEDGER,
            timestamp: START_TIMESTAMP,
            network_id: [0; 32],
            base_reserve: 10,
            min_temp_entry_ttl: MAINNET_MIN_TEMP_TTL,
            min_persistent_entry_ttl: MAINNET_MIN_PERSISTENT_TTL,
            max_entry_ttl: MAINNET_MAX_TTL,
        });
        let parties = Parties::generate(&env);
        let contract = register(&env, &parties.admin);
        let client = EscrowContractClient::new(&env, &contract);
        let usdc = Token::new(&env);
        let eurc = Token::new(&env);
        Fixture {
            env,
            contract,
            client,
            usdc,
            eurc,
            parties,
        }
    }

    pub fn text(&self, s: &str) -> String {
        String::from_str(&self.env, s)
    }

    /// A text of exactly `len` bytes.
    pub fn text_of_len(&self, len: u32) -> String {
        self.text(&"x".repeat(len as usize))
    }

    /// A new classic (`G…`) account with no trustline: the tokens refuse to pay it until
    /// [`Token::open_trustline`] opens one.
    pub fn classic_account(&self) -> Address {
        use std::sync::atomic::{AtomicU8, Ordering};
        static NEXT: AtomicU8 = AtomicU8::new(1);
        let mut key = [0u8; 32];
        key[0] = 0xA5;
        key[1] = NEXT.fetch_add(1, Ordering::Relaxed);
        key[2..10].copy_from_slice(&self.env.ledger().sequence().to_be_bytes().repeat(2));
        let account_id = xdr::AccountId(xdr::PublicKey::PublicKeyTypeEd25519(xdr::Uint256(key)));
        let ledger_key = xdr::LedgerKey::Account(xdr::LedgerKeyAccount {
            account_id: account_id.clone(),
        });
        let entry = xdr::LedgerEntry {
            last_modified_ledger_seq: 0,
            data: xdr::LedgerEntryData::Account(xdr::AccountEntry {
                account_id: account_id.clone(),
                balance: 10_000_000,
                seq_num: xdr::SequenceNumber(0),
                num_sub_entries: 0,
                inflation_dest: None,
                flags: 0,
                home_domain: xdr::String32::default(),
                thresholds: xdr::Thresholds([1, 0, 0, 0]),
                signers: xdr::VecM::default(),
                ext: xdr::AccountEntryExt::V0,
            }),
            ext: xdr::LedgerEntryExt::V0,
        };
        self.env
            .host()
            .add_ledger_entry(&Rc::new(ledger_key), &Rc::new(entry), None)
            .expect("account stored");
        Address::try_from_val(&self.env, &xdr::ScAddress::Account(account_id)).expect("a G address")
    }

    /// New milestones, one per amount, due 30, 60, 90… days from now, paying the escrow's
    /// receiver.
    pub fn new_milestones(&self, amounts: &[i128]) -> Vec<NewMilestone> {
        let mut milestones = Vec::new(&self.env);
        for (i, amount) in amounts.iter().enumerate() {
            milestones.push_back(NewMilestone {
                description: self.text(&std::format!("Milestone {}", i + 1)),
                amount: *amount,
                deadline: self.now() + (i as u64 + 1) * DEADLINE_STEP,
                receiver: None,
            });
        }
        milestones
    }

    /// A new escrow in USDC with the fixture's terms (2.5 % fee, 7-day review, 14-day
    /// resolution, 50 % fallback) and one milestone per amount, due 30, 60, 90… days from now.
    pub fn new_escrow(&self, amounts: &[i128]) -> NewEscrow {
        let milestones = self.new_milestones(amounts);
        NewEscrow {
            engagement_id: self.text("INV-2026-0042"),
            title: self.text("Marketplace redesign"),
            description: self.text("Landing page, checkout flow and design system."),
            roles: self.parties.roles(),
            token: self.usdc.address.clone(),
            platform_fee_bps: FEE_BPS,
            review_period: REVIEW_PERIOD,
            resolution_period: RESOLUTION_PERIOD,
            fallback_receiver_bps: FALLBACK_RECEIVER_BPS,
            milestones,
        }
    }

    /// Creates an escrow (every signature mocked) and returns its id.
    pub fn create(&self, escrow: &NewEscrow) -> u64 {
        self.client.mock_all_auths().create_escrow(escrow)
    }

    /// Mints `amount` USDC to the approver and deposits it into escrow `id`.
    pub fn fund(&self, id: u64, amount: i128) {
        self.usdc.mint(&self.parties.approver, amount);
        self.client
            .mock_all_auths()
            .fund_escrow(&id, &self.parties.approver, &amount);
    }

    /// Creates an escrow with these amounts and funds it fully from the approver.
    pub fn create_funded(&self, amounts: &[i128]) -> u64 {
        let id = self.create(&self.new_escrow(amounts));
        self.fund(id, amounts.iter().sum());
        id
    }

    /// Brings milestone `index` of escrow `id` to `ForReview` (every signature mocked).
    pub fn submit(&self, id: u64, index: u32) {
        self.client.mock_all_auths().change_milestone_status(
            &id,
            &index,
            &MilestoneStatus::ForReview,
            &Some(self.text("https://example.com/delivery")),
            &Some(self.text("Delivered")),
        );
    }

    /// Brings milestone `index` of escrow `id` to `Approved`.
    pub fn submit_and_approve(&self, id: u64, index: u32) {
        self.submit(id, index);
        self.client.mock_all_auths().approve_milestone(&id, &index);
    }

    /// Brings milestone `index` of escrow `id` from `ForReview` to `Disputed` (by the
    /// approver).
    pub fn dispute(&self, id: u64, index: u32) {
        self.client.mock_all_auths().dispute_milestone(
            &id,
            &index,
            &self.parties.approver,
            &self.text("Not what was agreed"),
        );
    }

    /// The ledger's timestamp now.
    pub fn now(&self) -> u64 {
        self.env.ledger().timestamp()
    }

    /// Moves the ledger's clock forward by `seconds`, and its sequence by as many five-second
    /// ledgers.
    pub fn advance_time(&self, seconds: u64) {
        self.env.ledger().with_mut(|l| {
            l.timestamp += seconds;
            l.sequence_number += (seconds / 5) as u32;
        });
    }

    /// Time to live, in ledgers, of escrow `id`'s entries and of its milestone `index`'s:
    /// parties, accounts, milestone terms, milestone progress, details.
    pub fn ttls(&self, id: u64, index: u32) -> [u32; 5] {
        self.env.as_contract(&self.contract, || {
            crate::storage::ttls(&self.env, id, index)
        })
    }

    /// Time to live, in ledgers, of the contract instance.
    pub fn instance_ttl(&self) -> u32 {
        use soroban_sdk::testutils::storage::Instance as _;
        self.env
            .as_contract(&self.contract, || self.env.storage().instance().get_ttl())
    }

    /// Moves the ledger forward by `ledgers` (five seconds each).
    pub fn advance(&self, ledgers: u32) {
        self.env.ledger().with_mut(|l| {
            l.sequence_number += ledgers;
            l.timestamp += 5 * ledgers as u64;
        });
    }

    /// Every escrow (ids from 1 until the first missing) with its milestones, and every
    /// balance.
    pub fn state(&self) -> State {
        let mut escrows = StdVec::new();
        for id in 1.. {
            match self.client.try_get_escrow(&id) {
                Ok(Ok(escrow)) => {
                    let milestones = self.client.get_milestones(&id).iter().collect();
                    escrows.push((escrow, milestones));
                }
                Err(Ok(Error::EscrowNotFound)) => break,
                other => panic!("get_escrow({id}) failed: {other:?}"),
            }
        }
        let mut holders: StdVec<Address> = self.parties.all().into_iter().map(|(_, a)| a).collect();
        let credits = holders
            .iter()
            .flat_map(|who| {
                [&self.usdc, &self.eurc].map(|t| self.client.claimable(who, &t.address))
            })
            .collect();
        holders.push(self.contract.clone());
        let balances = holders
            .iter()
            .flat_map(|who| [self.usdc.balance(who), self.eurc.balance(who)])
            .collect();
        State {
            escrows,
            balances,
            credits,
        }
    }

    /// Checks that, for each token, the contract holds exactly the sum over its escrows of
    /// `funded − paid_out` plus everything credited to the parties and not yet withdrawn, and
    /// that every escrow's `funded − paid_out` is what its open milestones hold.
    pub fn assert_tokens_accounted(&self) {
        let state = self.state();
        for (t, token) in [&self.usdc, &self.eurc].into_iter().enumerate() {
            let held: i128 = state
                .escrows
                .iter()
                .filter(|(escrow, _)| escrow.token == token.address)
                .map(|(escrow, _)| escrow.funded - escrow.paid_out)
                .sum();
            let credited: i128 = state.credits.iter().skip(t).step_by(2).sum();
            assert_eq!(
                token.balance(&self.contract),
                held + credited,
                "tokens held vs escrows and credits"
            );
        }
        for (escrow, milestones) in &state.escrows {
            let held: i128 = milestones.iter().map(|m| m.held).sum();
            assert_eq!(
                escrow.funded - escrow.paid_out,
                held,
                "escrow {}",
                escrow.id
            );
        }
    }

    /// Runs `call`, expects it to be refused with `expected`, and checks that it left every
    /// escrow, milestone and balance as it was. (A refused call's events are discarded with the
    /// rest of its effects.)
    pub fn assert_refused<T, C>(
        &self,
        expected: Error,
        call: impl FnOnce() -> Result<Result<T, C>, Result<Error, soroban_sdk::InvokeError>>,
    ) where
        T: core::fmt::Debug,
        C: core::fmt::Debug,
    {
        let before = self.state();
        let result = call();
        match result {
            Err(Ok(error)) => assert_eq!(error, expected),
            other => panic!("expected Error::{expected:?}, got {other:?}"),
        }
        assert_eq!(self.state(), before, "a refused call changed state");
    }

    /// Makes exactly `signers` sign the next call to the escrow contract, `fn_name(args)`,
    /// each signature covering that one invocation and no sub-invocation. For the fixture's
    /// parties and generated addresses (a mocked signer becomes a custom account); a classic
    /// account of [`Fixture::classic_account`] cannot sign this way.
    pub fn sign_next(&self, signers: &[&Address], fn_name: &str, args: Vec<Val>) {
        let invoke = MockAuthInvoke {
            contract: &self.contract,
            fn_name,
            args,
            sub_invokes: &[],
        };
        let auths: StdVec<MockAuth> = signers
            .iter()
            .map(|address| MockAuth {
                address,
                invoke: &invoke,
            })
            .collect();
        self.env.mock_auths(&auths);
    }

    /// Checks that the last call was authorized by exactly `signers`, in the order the
    /// contract required them, each for `fn_name(args)` on the escrow contract and nothing
    /// more.
    pub fn assert_signed_by(&self, signers: &[&Address], fn_name: &str, args: Vec<Val>) {
        let invocation = AuthorizedInvocation {
            function: AuthorizedFunction::Contract((
                self.contract.clone(),
                Symbol::new(&self.env, fn_name),
                args,
            )),
            sub_invocations: StdVec::new(),
        };
        let expected: StdVec<(Address, AuthorizedInvocation)> = signers
            .iter()
            .map(|signer| ((*signer).clone(), invocation.clone()))
            .collect();
        assert_eq!(self.env.auths(), expected, "signers of {fn_name}");
    }

    /// Runs `call`, expects the host to refuse it for want of a signature, and checks that it
    /// left every escrow, milestone, balance and credit as it was. A natively compiled
    /// contract reports a failed `require_auth` as an abort (`InvokeError::Abort`, or a host
    /// error for a function that returns no `Result`), never as one of the escrow's errors;
    /// the caller shows that the right signature makes the same call succeed.
    pub fn assert_refused_unsigned<T, C, E>(
        &self,
        call: impl FnOnce() -> Result<Result<T, C>, Result<E, soroban_sdk::InvokeError>>,
    ) where
        T: core::fmt::Debug,
        C: core::fmt::Debug,
        E: core::fmt::Debug + Into<soroban_sdk::Error>,
    {
        let before = self.state();
        match call() {
            Err(Err(soroban_sdk::InvokeError::Abort)) => {}
            Err(Ok(error)) => {
                let error: soroban_sdk::Error = error.into();
                assert!(
                    !error.is_type(xdr::ScErrorType::Contract),
                    "expected a refused signature, got the contract's error {error:?}"
                );
            }
            other => panic!("expected a refused signature, got {other:?}"),
        }
        assert_eq!(self.state(), before, "a refused call changed state");
    }

    /// Time to live, in ledgers, of the credit of `recipient` in `token`.
    pub fn credit_ttl(&self, recipient: &Address, token: &Address) -> u32 {
        self.env.as_contract(&self.contract, || {
            crate::storage::credit_ttl(&self.env, recipient, token)
        })
    }

    /// Time to live, in ledgers, of the escrow counter: its own persistent entry, written by
    /// creations only.
    pub fn counter_ttl(&self) -> u32 {
        self.env
            .as_contract(&self.contract, || crate::storage::counter_ttl(&self.env))
    }
}
