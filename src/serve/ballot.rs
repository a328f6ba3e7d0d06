//! `Ballot`: the workers' representatives voting on one offer from their
//! phones (集体合同规定 Art 36). Each representative has a random token of
//! their own; a token checks in once (出席) and votes once, for or against. The
//! counts go into the offer's `[negotiation.vote]`, which `check` holds against
//! the procedure rules (at least 2/3 present, passed by more than half of all).

use crate::i18n::Lang;
use crate::serve::token;
use crate::t;

/// One representative's link and what they did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Representative {
    /// 1-based, as the big screen numbers them.
    pub number: u32,
    pub token: String,
    pub present: bool,
    /// `Some(true)` for, `Some(false)` against.
    pub vote: Option<bool>,
}

/// The vote in progress, if any.
#[derive(Debug, Clone, Default)]
pub struct Ballot {
    /// The offer voted on.
    pub offer: Option<usize>,
    pub representatives: Vec<Representative>,
}

/// What a representative may not do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotError {
    Unknown,
    Voted,
    Closed,
}

impl BallotError {
    /// The error in words, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            BallotError::Unknown => t!(in lang; "serve-ballot-unknown"),
            BallotError::Voted => t!(in lang; "serve-ballot-voted"),
            BallotError::Closed => t!(in lang; "serve-ballot-closed"),
        }
    }
}

impl std::fmt::Display for BallotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(crate::i18n::lang()))
    }
}

impl std::error::Error for BallotError {}

/// Present, for and against, out of all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Tally {
    pub total: u32,
    pub present: u32,
    pub in_favour: u32,
    pub against: u32,
}

impl Ballot {
    /// Opens a vote on an offer for `count` representatives, each with a new token.
    pub fn open(&mut self, offer: usize, count: u32) -> std::io::Result<()> {
        let representatives = (1..=count)
            .map(|number| {
                Ok(Representative {
                    number,
                    token: token::random()?,
                    present: false,
                    vote: None,
                })
            })
            .collect::<std::io::Result<_>>()?;
        *self = Ballot {
            offer: Some(offer),
            representatives,
        };
        Ok(())
    }

    pub fn representative(&self, token: &str) -> Option<&Representative> {
        self.representatives
            .iter()
            .find(|r| token::same(&r.token, token))
    }

    fn representative_mut(&mut self, token: &str) -> Result<&mut Representative, BallotError> {
        if self.offer.is_none() {
            return Err(BallotError::Closed);
        }
        self.representatives
            .iter_mut()
            .find(|r| token::same(&r.token, token))
            .ok_or(BallotError::Unknown)
    }

    /// A representative checks in; again is no change.
    pub fn check_in(&mut self, token: &str) -> Result<(), BallotError> {
        self.representative_mut(token)?.present = true;
        Ok(())
    }

    /// A representative votes, once; voting checks them in.
    pub fn vote(&mut self, token: &str, in_favour: bool) -> Result<(), BallotError> {
        let r = self.representative_mut(token)?;
        if r.vote.is_some() {
            return Err(BallotError::Voted);
        }
        r.present = true;
        r.vote = Some(in_favour);
        Ok(())
    }

    pub fn tally(&self) -> Tally {
        let count = |f: &dyn Fn(&Representative) -> bool| {
            u32::try_from(self.representatives.iter().filter(|r| f(r)).count()).unwrap_or(u32::MAX)
        };
        Tally {
            total: count(&|_| true),
            present: count(&|r| r.present),
            in_favour: count(&|r| r.vote == Some(true)),
            against: count(&|r| r.vote == Some(false)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_votes_once_and_voting_checks_in() {
        let mut b = Ballot::default();
        assert_eq!(b.check_in("x"), Err(BallotError::Closed));
        b.open(1, 3).unwrap();
        let t: Vec<String> = b.representatives.iter().map(|r| r.token.clone()).collect();
        assert_eq!(t.len(), 3);
        assert_ne!(t[0], t[1]);
        b.check_in(&t[0]).unwrap();
        b.vote(&t[1], true).unwrap();
        assert_eq!(b.vote(&t[1], false), Err(BallotError::Voted));
        b.vote(&t[2], false).unwrap();
        assert_eq!(b.vote("nope", true), Err(BallotError::Unknown));
        assert_eq!(
            b.tally(),
            Tally {
                total: 3,
                present: 3,
                in_favour: 1,
                against: 1
            }
        );
        // A new ballot gives new tokens: the old links no longer vote.
        b.open(2, 3).unwrap();
        assert_eq!(b.vote(&t[0], true), Err(BallotError::Unknown));
    }
}
