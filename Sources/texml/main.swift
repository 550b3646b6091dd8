import TeXMLCommands

TexmlCommand.main()
