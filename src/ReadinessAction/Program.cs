using ReadinessAction.Hosts.Cli;

return CliEntryPoint.Run(args, Console.Out, Console.Error);
