"""The estate view (Eco Industrial Town): frameworks, snapshots, computations and reports."""
