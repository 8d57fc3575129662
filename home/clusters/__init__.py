"""The emulation clusters and blocs (cụm, khối thi đua) page."""
