//! `--help` in the language chosen: clap's derive holds the command line's shape, and its
//! texts are set here from the catalogue, walking the tree once. A command's about is
//! `cli-help-<path>` (`cli-help-report-overdue`), its long about `cli-help-<path>-long`, an
//! argument's help `cli-help-<path>-<arg>` (`cli-help-list-no-bom`).

use clap::Command;

use crate::messages::cli as words;

/// The command line with every about and help text taken from the catalogue.
pub fn localized(cmd: Command) -> Command {
    walk(cmd, "pledge")
}

/// The catalogue ids a command and its arguments take, depth first: what [`localized`] asks.
pub fn ids(cmd: &Command) -> Vec<String> {
    let mut found = Vec::new();
    collect(cmd, "pledge", &mut found);
    found
}

fn command_id(path: &str) -> String {
    format!("cli-help-{path}")
}

/// A subcommand's path: its name under the program (`list`), joined below that
/// (`report-overdue`).
fn below(path: &str, sub: &str) -> String {
    if path == "pledge" {
        sub.to_string()
    } else {
        format!("{path}-{sub}")
    }
}

fn arg_id(command: &str, arg: &str) -> String {
    format!("{command}-{}", arg.replace('_', "-"))
}

fn collect(cmd: &Command, path: &str, found: &mut Vec<String>) {
    let id = command_id(path);
    found.extend(
        cmd.get_arguments()
            .map(|a| arg_id(&id, a.get_id().as_str())),
    );
    found.push(id);
    for sub in cmd.get_subcommands() {
        collect(sub, &below(path, sub.get_name()), found);
    }
}

fn walk(mut cmd: Command, path: &str) -> Command {
    let id = command_id(path);
    if let Some(about) = words::help(&id) {
        cmd = cmd.about(about);
    }
    // None when the catalogue has no long text: the derive's English must not show through.
    cmd = cmd.long_about(words::help(&format!("{id}-long")));
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for arg in args {
        if let Some(help) = words::help(&arg_id(&id, &arg)) {
            cmd = cmd.mut_arg(&arg, |a| a.help(help).long_help(None::<&str>));
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        let path = below(path, &sub);
        cmd = cmd.mut_subcommand(&sub, |s| walk(s, &path));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::lang::{Lang, with};
    use clap::CommandFactory;

    #[test]
    fn every_command_and_argument_has_its_help_in_the_catalogue() {
        let ids = ids(&crate::cli::Cli::command());
        assert!(ids.contains(&"cli-help-list-no-bom".to_string()), "{ids:?}");
        assert!(ids.contains(&"cli-help-report-overdue-as-of".to_string()));
        let loader = crate::messages::catalogue::loader();
        let missing: Vec<&String> = ids.iter().filter(|id| !loader.has(id)).collect();
        assert!(missing.is_empty(), "no help in the catalogue: {missing:?}");
    }

    #[test]
    fn a_new_argument_without_help_is_found_missing() {
        let cmd = crate::cli::Cli::command().mut_subcommand("list", |s| {
            s.arg(clap::Arg::new("frobnicate").long("frobnicate"))
        });
        let loader = crate::messages::catalogue::loader();
        let ids = ids(&cmd);
        assert!(ids.iter().any(|id| !loader.has(id)), "{ids:?}");
    }

    fn help_of(path: &[&str]) -> String {
        let mut cmd = localized(crate::cli::Cli::command());
        for name in path {
            cmd = cmd
                .find_subcommand(name)
                .cloned()
                .unwrap_or_else(|| panic!("no {name}"));
        }
        cmd.render_help().to_string()
    }

    #[test]
    fn help_speaks_the_language_chosen() {
        let zh = with(Lang::Zh, || help_of(&["list"]));
        assert!(zh.contains("列出事项"), "{zh}");
        assert!(zh.contains("承办单位包含"), "{zh}");
        let en = with(Lang::En, || help_of(&["list"]));
        assert!(en.contains("List pledges"), "{en}");
        assert!(en.contains("Only pledges whose owner contains this text"));
        let overdue = with(Lang::Zh, || help_of(&["report", "overdue"]));
        assert!(overdue.contains("通报截至的日期"), "{overdue}");
    }
}
