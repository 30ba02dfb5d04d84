from presslens._cli import main

main()
