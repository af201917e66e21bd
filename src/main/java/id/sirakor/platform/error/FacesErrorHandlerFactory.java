package id.sirakor.platform.error;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

public class FacesErrorHandlerFactory extends ExceptionHandlerFactory {

    public FacesErrorHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FacesErrorHandler(getWrapped().getExceptionHandler());
    }
}
