//! The `nengji` binary: parses the command line and hands over to `nengji::run_cli`.

/// mimalloc rather than the system allocator: batch's worker threads allocate
/// and free per enterprise, and glibc's per-thread arenas kept growing and
/// trimming their heaps (thousands of mprotect calls a run).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    nengji::run_cli()
}
