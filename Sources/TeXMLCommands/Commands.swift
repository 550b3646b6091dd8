public enum Commands {}
