"""Reading the corpus and repairing its text: files and JSONL in, title, body, boilerplate out."""
