"""Built-in recognizer types (one module each), discovered automatically."""
