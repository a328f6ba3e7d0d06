# batch's output directory: staged, locked, committed at once (src/io/staging.rs).
staging-busy = another nengji run{ $pid } is writing into '{ $dir }'; wait for it to finish (its lock is '{ $lock }')
staging-prepare = cannot prepare the output directory '{ $dir }'
staging-commit = cannot move the outputs into '{ $dir }' (at { $name }); '{ $dir }' was left as it was before the run
staging-not-a-directory = the output '{ $dir }' is not a directory: batch writes a set of files, so give -o a directory (it is created when missing), for example -o federation
staging-out-is-rosters = -o '{ $dir }' is a roster directory: the outputs would be read as rosters next time, or replace one; choose another directory
staging-input-in-documents = the input '{ $file }' is inside '{ $documents }', which the run replaces; move it or choose another -o
