"""Public consultation before a high award ("Lấy ý kiến Nhân dân"): the pages that
announce the candidates, the citizens' comments and their admin listing."""
