# nengji arrears, streamed: joining the month rosters to the driving roster by enterprise.
arrears-roster-order = enterprise '{ $enterprise }' comes after '{ $other }' in { $roster } (line { $line }), but before it in this month's roster
arrears-roster-order-hint = ; list every month roster's enterprises in the same order (or sort every roster by enterprise_id)
arrears-roster-changed = the month roster changed while it was read (it has fewer rows than a moment ago)
