//! The unit tests of `svg.rs` and `scale.rs`: steps, scales and the charts'
//! coordinates.

use super::*;
use rust_decimal_macros::dec;

#[test]
fn nice_steps() {
    assert_eq!(nice_step(dec!(6000), 6), dec!(1000));
    assert_eq!(nice_step(dec!(7000), 6), dec!(2000)); // 1166.. -> 2000
    assert_eq!(nice_step(dec!(0.1), 6), dec!(0.02));
    assert_eq!(nice_step(dec!(0.12), 5), dec!(0.025));
    assert_eq!(nice_step(dec!(0), 5), dec!(1));
}

#[test]
fn scales_map_exactly() {
    let s = Scale::covering(&[dec!(5300), dec!(-200)], dec!(170), dec!(650), 6);
    assert_eq!((s.lo, s.hi, s.step), (dec!(-1000), dec!(6000), dec!(1000)));
    assert_eq!(s.at(dec!(-1000)), dec!(170));
    assert_eq!(s.at(dec!(6000)), dec!(650));
    // 170 + 1000 x 480 / 7000 = 238.5714..
    assert_eq!(n(s.at(dec!(0))), "238.57");
}

#[test]
fn escapes_markup() {
    assert_eq!(escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
}

#[test]
fn histogram_counts_each_series() {
    let svg = histogram(
        "t",
        &[
            &Distribution::new(vec![dec!(2600), dec!(2610), dec!(3100)]),
            &Distribution::new(vec![dec!(2900), dec!(3300), dec!(3350)]),
        ],
        None,
        ["月应发工资（元）", "人数"],
        &|d| d.to_string(),
    );
    assert!(svg.contains(">月应发工资（元）</text>"), "{svg}");
    assert!(svg.contains("rotate(-90 14 138)\">人数</text>"), "{svg}");
    // 750 / 20 bins -> bins of 50 from 2600: the base has 2 in [2600, 2650).
    assert!(svg.contains("<title>2</title>"), "{svg}");
    assert!(!svg.contains("NaN"));
}
