use super::fnv::fnv1a;
use super::questionnaire::Questionnaire;
use super::response::Response;
use super::split_mix::SplitMix64;

/// The comments of a workshop, pooled across functions and shuffled, so that neither the
/// order nor a label can tell which function wrote what. The shuffle is seeded by the
/// comments themselves: the same workshop always shows the same order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PooledComments {
    pub friction: Vec<String>,
    pub works_well: Vec<String>,
}

impl PooledComments {
    pub fn of<'a>(responses: impl IntoIterator<Item = &'a Response>) -> Self {
        let mut pooled = Self::default();
        for response in responses {
            pooled.friction.extend(response.friction_comment.clone());
            pooled
                .works_well
                .extend(response.works_well_comment.clone());
        }
        // Sorting first makes the result independent of the (function-first) response order.
        for list in [&mut pooled.friction, &mut pooled.works_well] {
            list.sort();
            shuffle(list);
        }
        pooled
    }

    /// Each list beside the question that asked for it, in the order they are shown.
    pub fn by_prompt<'a>(
        &'a self,
        questionnaire: &'a Questionnaire,
    ) -> [(&'a str, &'a [String]); 2] {
        [
            (&questionnaire.friction_comment_prompt, &self.friction),
            (&questionnaire.works_well_comment_prompt, &self.works_well),
        ]
    }

    pub fn is_empty(&self) -> bool {
        self.friction.is_empty() && self.works_well.is_empty()
    }
}

fn shuffle(items: &mut [String]) {
    let seed = items
        .iter()
        .fold(0x5EED_C0DE, |seed, item| fnv1a(seed, item.as_bytes()));
    let mut rng = SplitMix64::new(seed);
    for i in (1..items.len()).rev() {
        items.swap(i, rng.below(i + 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Function, Relationship};

    fn with_comment(function: Function, text: &str) -> Response {
        let mut response = Response::new(function, Relationship::MostlyAligned);
        response.friction_comment = Some(text.to_owned());
        response
    }

    #[test]
    fn comments_are_pooled_without_function_order() {
        let sales: Vec<_> = (0..6)
            .map(|i| with_comment(Function::Sales, &format!("sales {i}")))
            .collect();
        let product: Vec<_> = (0..6)
            .map(|i| with_comment(Function::Product, &format!("product {i}")))
            .collect();
        let forwards = PooledComments::of(sales.iter().chain(&product));
        let backwards = PooledComments::of(product.iter().chain(&sales));
        assert_eq!(forwards, backwards, "order of responses does not matter");
        assert_eq!(forwards.friction.len(), 12);
        let first_six_sales = forwards.friction[..6]
            .iter()
            .filter(|c| c.starts_with("sales"))
            .count();
        assert!(
            first_six_sales < 6,
            "sales comments are not all first: {:?}",
            forwards.friction
        );
    }
}
