"""The offline interviewer: answer reading, plan, wording and decisions (see engine.py)."""
