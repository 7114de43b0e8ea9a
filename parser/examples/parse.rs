//! Debugging aid: `cargo run -p coil-parser --example parse -- FILE` (or `-c SOURCE`)
//! prints the AST, or the syntax error as a miette report plus CPython's last line.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (name, source) = match args.as_slice() {
        [flag, code] if flag == "-c" => ("<string>".to_string(), code.clone()),
        [path] => (
            path.clone(),
            std::fs::read_to_string(path).expect("readable file"),
        ),
        _ => {
            eprintln!("usage: parse FILE | parse -c SOURCE");
            std::process::exit(2);
        }
    };
    match coil_parser::parse_module(&source, &name) {
        Ok(module) => println!("{module:#?}"),
        Err(e) => {
            eprintln!("{:?}", e.to_report());
            eprintln!("{} (line {}, col {})", e.python_line(), e.line, e.col);
            std::process::exit(1);
        }
    }
}
