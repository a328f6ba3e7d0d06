# nengji check：检查结果的说明和处理办法（src/check），与英文文件逐条对应。

check-subject-contract = 本合同

## 程序（《集体合同规定》2004；《浙江省集体合同条例》2010）

check-representatives-count = { $side ->
    [worker] 职工方
   *[employer] 企业方
}协商代表{ $count }人，{ $scale ->
    [above] 规模以上企业
   *[other] {""}
}每方至少应有{ $least }人
check-representatives-count-remedy = 增补{ $side ->
    [worker] 职工方
   *[employer] 企业方
}协商代表{ $more }人
check-representatives-unequal = 双方协商代表人数不对等：职工方{ $worker }人，企业方{ $employer }人
check-representatives-unequal-remedy = 调整双方协商代表，使人数对等
check-representatives-employer-larger = 企业方协商代表{ $employer }人，多于职工方的{ $worker }人；浙江省规定企业方代表人数不得多于职工方
check-representatives-employer-larger-remedy = 将企业方代表减至不多于职工方人数，或者增补职工方代表
check-representatives-experts = { $side ->
    [worker] 职工方
   *[employer] 企业方
}{ $count }名协商代表中有外聘专家{ $experts }人，超过本方代表人数的{ $share }
check-representatives-experts-remedy = 更换外聘专家，使{ $side ->
    [worker] 职工方
   *[employer] 企业方
}外聘专家不超过本方代表人数的{ $share }
check-vote-quorum = 职工代表大会全体代表{ $total }人，出席{ $present }人，不足{ $quorum }（应至少{ $need }人出席）
check-vote-quorum-remedy = 重新召开职工代表大会表决，全体{ $total }名代表中至少{ $need }人出席
check-vote-passed-above = 同意{ $yes }票，未超过全体代表{ $total }人的{ $share }（“过半数”指超过半数，恰好半数不通过；以全体代表而非出席代表计算），应至少{ $need }票
check-vote-passed-at-least = 同意{ $yes }票，不足全体代表{ $total }人的{ $share }（“半数以上”包括半数本数；以全体代表而非出席代表计算），应至少{ $need }票
check-vote-passed-remedy = 草案未获通过：重新提交职工代表大会表决，全体{ $total }名代表中至少{ $need }票同意
check-filing-late = 签订后第{ $late }日才报送（{ $signed }签订，{ $filed }报送），超过{ $days }日的期限
check-filing-late-remedy = 今后在期限内报送；劳动保障行政部门收到文本前，本合同不生效
check-term-short = 期限{ $term }不足{ $min }年
check-term-short-remedy = 将期满日期改为不早于{ $date }
check-term-long = 期限{ $term }超过{ $max }年
check-term-long-remedy = 将期满日期改为不晚于{ $date }
check-contract-retroactive = 本合同于{ $signed }签订，晚于期限起始日{ $effective }，应当追溯执行：自{ $effective }起至生效之日的工资，应按本合同标准补足
check-contract-retroactive-remedy = 在合同中写明追溯执行条款（nengji render 在 --date 晚于起始日时自动写入），并向职工补发自{ $effective }起的差额
check-contract-effect-after-start = 本合同于{ $signed }签订，报送备案和审查期限合计{ $days }日，至{ $effective }可能尚未生效
check-contract-effect-after-start-remedy = 立即报送备案并留存回执；生效晚于起始日的，按追溯执行条款补发自起始日起的差额
check-calendar-year-missing = 节假日安排未载入{ $years }年：这些年份的工作日仅扣除了周六、周日，按工作日计算的期限可能偏早
check-calendar-year-missing-remedy = 用 --calendar 文件 载入国务院办公厅公布的{ $years }年节假日安排（格式见 data/calendar/cn-holidays.toml）

## 最低工资（《最低工资规定》2004；《浙江省集体合同条例》第五条）

check-minimum-standard-missing = 区划{ $region }在{ $on }没有施行中的最低工资标准，该地区职工的工资未与最低工资标准比较
check-minimum-standard-missing-remedy = 在标准文件中补充当时施行的最低工资标准 [[minimum_wage]]（--standards 文件）
check-minimum-tier-missing = 未知区划{ $region }在{ $on }适用的最低工资档次，该地区职工的工资未与最低工资标准比较
check-minimum-tier-missing-remedy = 按所在市公布的档次划分，在标准文件中补充 [[region_tier]]，code = "{ $region }"（--standards 文件）
check-minimum-tier-out-of-range = 区划{ $region }被划入第{ $tier }档，但{ $on }施行的标准只有{ $tiers }档
check-minimum-tier-out-of-range-remedy = 更正 [[region_tier]] 或者标准的档次
check-agreed-above-minimum = 约定工资{ $pay }元{ $relation ->
    [equal] 等于
   *[below] 低于
}当地最低工资标准{ $minimum }元（{ $standard }起第{ $tier }档，区划{ $region }），约定的工资标准应当高于最低工资标准
check-raise-step = 将{ $grade }第{ $step }档提高{ $by }元，至{ $to }元
check-minimum-excluded = 津贴“{ $name }”（{ $id }）在方案中计入最低工资，但{ $item }津贴不得计入最低工资；比较时已将其剔除
check-minimum-excluded-remedy = 将津贴“{ $id }”设为 counts_toward_minimum = false
check-minimum-wage = 工资{ $pay }元（不含加班工资和不计入最低工资的津贴）低于月最低工资标准{ $minimum }元（{ $standard }起第{ $tier }档）
check-pay-more = 工号{ $id }在{ $period }至少补发{ $more }元，达到{ $to }元
check-minimum-hours-missing = 非全日制职工未填工作小时数，未与小时最低工资标准比较
check-minimum-hours-missing-remedy = 在名册中填写工作小时（hours_worked）
check-minimum-hourly = 非全日制工资{ $pay }元、工作{ $hours }小时，折合每小时{ $hourly }元，低于小时最低工资标准{ $minimum }元（{ $standard }起第{ $tier }档）

## 加班工资与工资结构（《劳动法》第四十四条；劳社部发〔2008〕3号；结构规则）

check-overtime-multiplier = { $day ->
    [weekday] 工作日延长工作时间
    [restday] 休息日安排工作又不能安排补休
   *[holiday] 法定休假日安排工作
}的加班工资按小时工资的{ $agreed }倍支付，低于法定的{ $legal }倍
check-overtime-multiplier-remedy = 将 [overtime] { $name } 设为不低于 "{ $legal }"
check-overtime-standard-hours = 小时工资按月工资除以{ $hours }小时折算，多于国家规定的174小时（21.75天×8小时），压低了加班工资
check-overtime-standard-hours-remedy = 将 [overtime] standard_hours 设为 "174"
check-structure-step-falls = 工资由第{ $before }档的{ $from }元降至第{ $step }档的{ $to }元
check-structure-grade-falls = { $grade }第1档为{ $pay }元，低于下一能级{ $below }第1档的{ $below_pay }元
check-structure-grade-gap = { $grade }第1档（{ $pay }元）比{ $below }第1档（{ $below_pay }元）高出不足{ $gap }
check-structure-top-bottom = 最高工资（{ $top_grade }{ $top }元）超过最低工资（{ $bottom_grade }第1档{ $bottom }元）的{ $ratio }倍
check-structure-top-bottom-remedy = 将{ $grade }第1档提高{ $by }元至{ $to }元，或者压缩最高档
check-structure-skill-share = 本月技能挂钩津贴{ $skill }元，占应发工资{ $gross }元的{ $actual }，低于{ $share }
check-structure-skill-share-remedy = 全体职工每月技能挂钩工资合计至少增加{ $more }元，达到{ $share }

## 工资指导线、行业最低标准、市场工资价位、技能人才最低工资

check-guideline-lower = { $workers }名职工月平均工资由{ $last }元增至{ $now }元，增长{ $growth }，低于工资指导线下线{ $line }
check-guideline-lower-remedy = 月平均工资至少再提高{ $raise }元，达到下线（亏损企业经职工代表大会同意可以零增长）
check-guideline-upper = { $workers }名职工月平均工资由{ $last }元增至{ $now }元，增长{ $growth }，高于工资指导线上线（预警线）{ $line }
check-guideline-upper-remedy = 上线是预警线：在方案中说明增资的来源（效益、劳动生产率）
check-guideline-front-line = 一线职工平均工资增长{ $front }（{ $front_workers }人），低于管理人员的{ $managers }（{ $manager_workers }人）
check-guideline-front-line-remedy = 一线职工平均工资增幅应不低于管理人员
check-industry-floor-grade = 行业最低标准（{ $industry }）规定了能级“{ $name }”的{ $minimum }元，方案中没有该能级
check-industry-floor-grade-remedy = 增设能级“{ $name }”，或者将其列为方案中对应能级的别名
check-industry-floor = 约定工资{ $pay }元低于{ $name }的行业最低标准{ $minimum }元（{ $industry }，{ $from }起）
check-market-below-p25 = { $workers }名职工平均工资每月{ $monthly }元、每年{ $annual }元，{ $below ->
    [p10] 低于市场工资价位P10（{ $p10 }元），也低于P25（{ $p25 }元）
   *[p25] 低于市场工资价位P25（{ $p25 }元；P10为{ $p10 }元）
}；中位数为{ $p50 }元
check-market-below-p25-remedy = { $occupation }{ $grade }平均工资每月提高{ $by }元，达到P25（每年{ $p25 }元）
check-skill-minimum = { $category }{ $grade }：工资{ $pay }元低于技能人才最低工资{ $required }元（最低工资标准{ $minimum }元的{ $rate }{ $has_rise ->
    [yes] ，并比最低能级高{ $rise }（高{ $grades_up }级）
   *[no] {""}
}）
check-skill-minimum-remedy = 工号{ $id }在{ $period }至少补发{ $more }元，达到{ $to }元（可以通过最低技能津贴补足，但不含该津贴的工资仍须达到最低工资标准）

## 每月加班上限（劳动法第四十一条）、52号文P10规则、假定的档次（最低工资规定第七条）

check-overtime-monthly-cap = 本月加班{ $total }小时（工作日{ $weekday }小时、休息日{ $restday }小时、法定节假日{ $holiday }小时），超过《劳动法》第四十一条每月{ $cap }小时的上限{ $over }小时
check-overtime-monthly-cap-remedy = 将工号{ $id }的加班控制在每月{ $cap }小时以内；只有《劳动法》第四十二条规定的紧急情形（自然灾害、生产设备或公共设施故障需紧急抢修等）不受此限，并应留存记录
check-skill-minimum-top-p10 = { $grade }：月工资{ $monthly }元，年工资{ $annual }元，低于{ $occupation }（{ $year }年）工资价位P10的{ $p10 }元，特级技师、首席技师应当达到该水平
check-skill-minimum-top-p10-remedy = 工号{ $id }每月至少增加{ $more }元，使年工资达到{ $p10 }元
check-region-tier-assumed = 区划{ $region }（{ $name }）自{ $since }起适用最低工资第{ $tier }档，系假定而非公布的划分（{ $source }），据以比较的最低工资标准可能有误
check-region-tier-assumed-remedy = 按所在市公布的档次划分替换：在 [[region_tier]] 中写明 code = "{ $region }"、档次和通知出处，并去掉 `assumed`
