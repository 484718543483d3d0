"""The tense of what a verb sets out to do: a weekday or date in the aim of a future verb lies ahead."""
import analysis


def _values(sentence: str) -> list:
    a = analysis.load_article("Storm\n\n" + sentence, published="2021-08-30T07:10:00-05:00", timezone="America/Chicago")
    return analysis.time_expressions(a)["value"].tolist()  # published Monday 30 August 2021


def test_a_weekday_in_the_aim_of_a_future_verb_lies_ahead():
    assert _values("Crews will begin restoring power on Tuesday.") == ["2021-08-31"]
    assert _values("Officials would start counting votes on Tuesday, he said Monday.") == ["2021-08-31", "2021-08-30"]


def test_a_clause_reported_by_a_future_verb_keeps_its_own_tense():
    # "will argue that the deal collapsed on Tuesday": the collapse was last Tuesday
    assert _values("He will argue that the deal collapsed on Tuesday.") == ["2021-08-24"]
    assert _values("Crews began restoring power on Tuesday.") == ["2021-08-24"]


def test_a_relative_clause_on_a_noun_keeps_its_verbs_tense():
    # "a plan Mayor Lisa Grant announced in March": the noun "plan" is no future cue (it read as "plans to")
    a = analysis.load_article("Budget\n\nThe budget funds 120 new officers, a plan Mayor Lisa Grant announced in March.",
                              published="2024-06-12", timezone="America/Chicago")
    assert analysis.time_expressions(a)["value"].tolist() == ["2024-03"]


def test_the_date_of_what_an_act_comes_before_is_the_nearest_such_date():
    def value(sentence):
        a = analysis.load_article("Vote\n\n" + sentence, published="2016-09-30", timezone="America/New_York")
        return analysis.time_expressions(a)["value"].tolist()

    # endorsed (past) ahead of the election: the election is still to come, the nearest 8 November
    assert value("The union endorsed the senator ahead of the Nov. 8 election.") == ["2016-11-08"]
    assert value("Turnout fell before the March 5 primary.") == ["2016-03-05"]
    assert value("The union endorsed the senator after the Nov. 8 election.") == ["2015-11-08"]
