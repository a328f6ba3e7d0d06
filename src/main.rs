//! The `nengji` binary: parses the command line and hands over to `nengji::cmd`.

fn main() -> std::process::ExitCode {
    nengji::cmd::main()
}
