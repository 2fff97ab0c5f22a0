"""German analysis: tokenizer, folding, gender forms, compound parts and Snowball stems."""
