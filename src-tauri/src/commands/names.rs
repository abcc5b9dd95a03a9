//! The names of every IPC command, in one list read by the build script (which generates an
//! `allow-<name>` permission for each) and the test that checks the capability names them all.

pub const COMMANDS: &[&str] = &[
    "app_info",
    "list_org_units",
    "create_org_unit",
    "update_org_unit",
    "delete_org_unit",
    "check_org_unit",
    "list_sponsors",
    "get_sponsor",
    "create_sponsor",
    "update_sponsor",
    "delete_sponsor",
    "check_sponsor",
    "list_initiatives",
    "get_initiative",
    "create_initiative",
    "update_initiative",
    "delete_initiative",
    "check_initiative",
    "create_sponsorship",
    "update_sponsorship",
    "delete_sponsorship",
    "check_sponsorship",
];
