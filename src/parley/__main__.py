from parley.cli.main import main

main()
