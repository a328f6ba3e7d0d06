# Issue 15: the output layer's errors (src/io/output.rs, same_file.rs, target.rs,
# cleanup.rs, staging.rs) and the system's own words for an I/O error.

output-cannot-write = cannot write '{ $path }'
output-is-input = the output '{ $output }' is the input '{ $input }': writing it would destroy the input; choose another output file
output-two-same = the outputs '{ $first }' and '{ $second }' are the same file; give each output its own name
output-names-no-file = the path names no file
output-no-directory = its directory '{ $dir }' does not exist
output-is-directory = it is a directory; name a file in it
output-link-loop = too many levels of symbolic links
output-interrupted = the run was interrupted
output-committed = the output was already committed
output-sync-failed = the sync thread failed
output-staged-wrongly = output staged wrongly
output-socket = a socket cannot be written here
output-renamed = a file is renamed, not copied
staging-pid = { " " }(pid { $pid })

## an error and its cause, one after the other (main's report)
error-cause-separator = { ": " }

## what the system said, by kind (the system's own text is used in English)
io-not-found = no such file or directory
io-permission-denied = permission denied
io-already-exists = the file already exists
io-not-a-directory = not a directory
io-is-a-directory = it is a directory
io-storage-full = no space left on the device
io-read-only = the file system is read-only
io-interrupted = interrupted
io-invalid-data = the data is not valid
io-unexpected-eof = the file ends too early
io-other = the system said: { $error }
