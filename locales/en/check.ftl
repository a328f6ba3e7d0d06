# nengji check: the findings' messages and remedies (src/check). Each message
# names the figures it compared; the Chinese file says the same in Chinese, for
# the documents' 草案 box and for --lang zh.

check-subject-contract = the contract

## Procedure (集体合同规定 2004; 浙江省集体合同条例 2010)

check-representatives-count = the { $side } side has { $count } representative(s); at least { $least } are required{ $scale ->
    [above] {" "}(above-scale enterprise)
   *[other] {""}
}
check-representatives-count-remedy = appoint { $more } more { $side } representative(s)
check-representatives-unequal = the sides are unequal: { $worker } worker and { $employer } employer representatives
check-representatives-unequal-remedy = make the two sides' numbers equal
check-representatives-employer-larger = the employer side has { $employer } representatives, more than the worker side's { $worker }; in Zhejiang the employer side may not be the larger
check-representatives-employer-larger-remedy = reduce the employer side to at most the worker side's number, or appoint more worker representatives
check-representatives-experts = { $experts } of the { $count } { $side } representatives are outside experts, more than { $share }
check-representatives-experts-remedy = replace outside experts so that at most { $share } of the { $side } side are experts
check-vote-quorum = { $present } of { $total } congress representatives were present; at least { $quorum } ({ $need }) must be
check-vote-quorum-remedy = hold the vote again with at least { $need } of the { $total } representatives present
check-vote-passed-above = { $yes } votes in favour is not more than { $share } of all { $total } representatives (过半数 means more than half, so exactly half fails; those present do not count as the whole); { $need } are needed
check-vote-passed-at-least = { $yes } votes in favour is less than { $share } of all { $total } representatives (半数以上 means at least half, half included; those present do not count as the whole); { $need } are needed
check-vote-passed-remedy = the draft is not adopted: put it to the congress again and win at least { $need } votes of { $total }
check-filing-late = filed { $late } days after signing ({ $signed } to { $filed }); the limit is { $days } days
check-filing-late-remedy = file within the limit next time; until the labour department receives it, the contract is not in effect
check-term-short = the term { $term } is shorter than { $min } year(s)
check-term-short-remedy = set expires to at least { $date }
check-term-long = the term { $term } is longer than { $max } years
check-term-long-remedy = set expires to at most { $date }
check-contract-retroactive = signed on { $signed }, after the term starts on { $effective }: the contract applies retroactively, and pay from { $effective } to the day it takes effect is owed at its rates
check-contract-retroactive-remedy = state a retroactive clause (追溯执行, nengji render prints it when --date is after the start) and pay each worker the difference from { $effective }
check-contract-effect-after-start = signed on { $signed }: with { $days } days for filing and the labour department's review, the contract may not be in effect by { $effective }
check-contract-effect-after-start-remedy = file the contract at once and keep the receipt; if it takes effect after the start, pay the difference from the start as the retroactive clause says
check-calendar-year-missing = the holiday calendar does not hold { $years }: working days there skip weekends only, so deadlines counted in them may be early
check-calendar-year-missing-remedy = add the State Council's holiday arrangements for { $years } with --calendar FILE (see data/calendar/cn-holidays.toml)

## Minimum wage (最低工资规定 2004; 浙江省集体合同条例 Art 5)

check-minimum-standard-missing = no minimum-wage standard is in force for region { $region } on { $on }, so pay there was not checked against it
check-minimum-standard-missing-remedy = add the [[minimum_wage]] in force then to a standards file (--standards FILE)
check-minimum-tier-missing = no minimum-wage tier is known for region { $region } on { $on }, so pay there was not checked against the minimum
check-minimum-tier-missing-remedy = add a [[region_tier]] with code = "{ $region }" from the city's notice to a standards file (--standards FILE)
check-minimum-tier-out-of-range = region { $region } is assigned tier { $tier }, but the standard in force on { $on } has { $tiers } tiers
check-minimum-tier-out-of-range-remedy = correct the [[region_tier]] or the standard's tiers
check-agreed-above-minimum = agreed pay { $pay } is { $relation ->
    [equal] equal to
   *[below] below
} the minimum wage { $minimum } ({ $standard } tier { $tier }, region { $region }); it must be strictly above it
check-raise-step = raise { $grade } step { $step } by { $by } to { $to }
check-minimum-excluded = allowance '{ $name }' ({ $id }) counts toward the minimum wage in the schedule, but { $item } allowances are excluded from the comparison; nengji leaves it out
check-minimum-excluded-remedy = set counts_toward_minimum = false on allowance '{ $id }'
check-minimum-wage = pay { $pay } (before overtime and excluded allowances) is below the monthly minimum wage { $minimum } ({ $standard } tier { $tier })
check-pay-more = pay { $id } at least { $more } more for { $period }, to { $to }
check-minimum-hours-missing = part-time worker without hours worked, so pay was not checked against the hourly minimum
check-minimum-hours-missing-remedy = fill hours_worked (工作小时) in the roster
check-minimum-hourly = part-time pay { $pay } for { $hours } hours is { $hourly } an hour, below the hourly minimum wage { $minimum } ({ $standard } tier { $tier })

## Overtime and the pay structure (劳动法 Art 44; 劳社部发〔2008〕3号; structure rules)

check-overtime-multiplier = overtime on { $day ->
    [weekday] working days
    [restday] rest days without time off in lieu
   *[holiday] statutory holidays
} is paid at { $agreed } times hourly pay, below the legal { $legal }
check-overtime-multiplier-remedy = set [overtime] { $name } = "{ $legal }" or more
check-overtime-standard-hours = hourly pay divides monthly pay by { $hours } hours, more than the 174 (21.75 days x 8 hours) of the national rule, which lowers the overtime rate
check-overtime-standard-hours-remedy = set [overtime] standard_hours = "174"
check-structure-step-falls = pay falls from { $from } at step { $before } to { $to } at step { $step }
check-structure-grade-falls = step 1 of { $grade } pays { $pay }, less than step 1 of the grade below, { $below } ({ $below_pay })
check-structure-grade-gap = step 1 of { $grade } ({ $pay }) is less than { $gap } above step 1 of { $below } ({ $below_pay })
check-structure-top-bottom = the top pay ({ $top_grade } { $top }) is more than { $ratio } times the bottom pay ({ $bottom_grade } step 1, { $bottom })
check-structure-top-bottom-remedy = raise { $grade } step 1 by { $by } to { $to }, or narrow the top
check-structure-skill-share = skill-linked allowances are { $skill } of { $gross } gross pay this month, { $actual }, below { $share }
check-structure-skill-share-remedy = add at least { $more } a month of skill-linked pay across the roster to reach { $share }

## Guideline, industry floor, market levels, skill-worker minimum

check-guideline-lower = average pay of { $workers } worker(s) went from { $last } to { $now } a month, { $growth } growth, below the guideline's lower line { $line }
check-guideline-lower-remedy = raise average pay by at least { $raise } a month to reach the lower line (a loss-making enterprise may stay at zero growth with the workers' congress's approval)
check-guideline-upper = average pay of { $workers } worker(s) went from { $last } to { $now } a month, { $growth } growth, above the guideline's upper (warning) line { $line }
check-guideline-upper-remedy = the upper line is a warning line: state in the proposal what pays for the rise (profit, productivity)
check-guideline-front-line = front-line workers' average pay grew { $front } ({ $front_workers } workers), less than managers' { $managers } ({ $manager_workers } workers)
check-guideline-front-line-remedy = give front-line workers an average raise at least equal to managers'
check-industry-floor-grade = the industry floor ({ $industry }) sets { $minimum } for grade '{ $name }', which the schedule does not have
check-industry-floor-grade-remedy = add grade '{ $name }', or name it as an alias of the schedule's grade that matches it
check-industry-floor = agreed pay { $pay } is below the industry floor { $minimum } for { $name } ({ $industry }, from { $from })
check-market-below-p25 = average pay of { $workers } worker(s) is { $monthly } a month, { $annual } a year, { $below ->
    [p10] below the market P10 { $p10 } and so below P25 { $p25 }
   *[p25] below the market P25 { $p25 } (P10 { $p10 })
}; the median is { $p50 }
check-market-below-p25-remedy = raise the average pay of { $occupation } { $grade } by { $by } a month to reach P25 ({ $p25 } a year)
check-skill-minimum = { $category } { $grade }: pay { $pay } is below the skill-worker minimum { $required } ({ $rate } of the minimum wage { $minimum }{ $has_rise ->
    [yes] , { $rise } above the lowest grade ({ $grades_up } grades up)
   *[no] {""}
})
check-skill-minimum-remedy = pay { $id } at least { $more } more for { $period }, to { $to } (a minimum skill allowance may make it up, if pay without it still meets the minimum wage)

## The monthly overtime cap (劳动法 Art 41), the 52号 P10 rule, assumed tiers (最低工资规定 Art 7)

check-overtime-monthly-cap = { $total } hours of overtime in the month ({ $weekday } on working days, { $restday } on rest days, { $holiday } on statutory holidays), { $over } more than the { $cap } hours a month 劳动法 Art 41 allows
check-overtime-monthly-cap-remedy = keep { $id }'s overtime within { $cap } hours a month; only the emergencies of 劳动法 Art 42 (disasters, urgent repairs of production or public facilities) are exempt, and they should be recorded
check-skill-minimum-top-p10 = { $grade }: pay { $monthly } a month, { $annual } a year, is below the market P10 { $p10 } of { $occupation } ({ $year }), which 特级技师 and 首席技师 should reach
check-skill-minimum-top-p10-remedy = pay { $id } at least { $more } more a month to reach { $p10 } a year
check-region-tier-assumed = the minimum-wage tier { $tier } of region { $region } ({ $name }) from { $since } is an assumption, not a published assignment ({ $source }), so the minimum checked against may be wrong
check-region-tier-assumed-remedy = replace it with the assignment of the city's notice: a [[region_tier]] with code = "{ $region }", its tier and the notice as source, without `assumed`
