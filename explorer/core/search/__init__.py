"""Search: the inverted index over role text and the vocabulary tables it matches words through."""
