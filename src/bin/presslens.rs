//! The `presslens` command-line tool; see `presslens --help`.

fn main() {
    std::process::exit(presslens::cli::main_with_args(std::env::args().collect()));
}
