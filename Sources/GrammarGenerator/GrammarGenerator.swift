public enum GrammarGenerator {}
