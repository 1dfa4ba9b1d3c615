from promptguard.cli import main

raise SystemExit(main())
