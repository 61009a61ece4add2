package org.spinecds;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SpineImagingCdsApplication {

	public static void main(String[] args) {
		SpringApplication.run(SpineImagingCdsApplication.class, args);
	}

}
