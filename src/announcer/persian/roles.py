"""The office that goes with a role: «دبیر» → «دبیری», «رئیس» → «ریاست», «عضو» → «عضویت».

A role whose abstract noun names something else (a department, a place) has none here:
it reads «به عنوان خزانه‌دار …»."""

_IRREGULAR = {
    "رئیس": "ریاست",
    "عضو": "عضویت",
    "معاون": "معاونت",
    "مسئول": "مسئولیت",
    "مدیر": "مدیریت",
    "منشی": "منشی\u200cگری",
}


def office(role: str) -> str | None:
    """The abstract noun for a one-word role, or None for a phrase («دبیر اول»), which
    has no single office noun and reads better as «به عنوان دبیر اول»."""
    role = role.strip()
    if not role or " " in role:
        return None
    if role in _IRREGULAR:
        return _IRREGULAR[role]
    if role.endswith("ه"):  # نماینده → نمایندگی: the silent «ه» becomes «گ»
        return role[:-1] + "گی"
    if role.endswith(("ا", "و")):  # سخنگو → سخنگویی
        return role + "یی"
    if role.endswith("ی"):  # no regular office noun: «به عنوان …» reads better
        return None
    if role.endswith("دار"):  # «خزانه‌داری», «حسابداری» name the treasury, the accounts: «به عنوان خزانه‌دار»
        return None
    return role + "ی"
