package org.irrt.site; public class SiteApplication { public static void main(String[] a) {} }
